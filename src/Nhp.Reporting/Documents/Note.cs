namespace Nhp.Reporting.Documents;

/// <summary>
/// A note set apart from the text: a caveat, a definition of how a figure was computed, or the paper's own wording
/// kept beside a corrected figure.
/// </summary>
/// <param name="Content">The note's inlines.</param>
public sealed record Note(IReadOnlyList<Inline> Content) : Block;
