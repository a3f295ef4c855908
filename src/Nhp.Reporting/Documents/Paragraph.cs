namespace Nhp.Reporting.Documents;

/// <summary>A paragraph of running text.</summary>
/// <param name="Content">The paragraph's inlines.</param>
public sealed record Paragraph(IReadOnlyList<Inline> Content) : Block;
