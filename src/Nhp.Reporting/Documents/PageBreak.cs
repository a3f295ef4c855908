namespace Nhp.Reporting.Documents;

/// <summary>
/// The point where the next block starts a new page: between the papers of a committee pack, or before an appendix.
/// Word starts a new page, printed HTML breaks the page, plain text writes a form feed and Markdown a thematic break.
/// </summary>
public sealed record PageBreak : Block
{
    /// <summary>The one page break; it carries no data, so every page break is equal to it.</summary>
    public static PageBreak Instance { get; } = new();
}
