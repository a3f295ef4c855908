namespace Nhp.Reporting.Documents;

/// <summary>One item of a <see cref="NestedList"/>: its text and the items under it.</summary>
/// <param name="Content">The item's text.</param>
/// <param name="Children">The items under it, in order; empty for a leaf.</param>
public sealed record NestedListItem(IReadOnlyList<Inline> Content, IReadOnlyList<NestedListItem> Children)
{
    /// <summary>Creates a leaf item of plain text.</summary>
    /// <param name="text">The text.</param>
    public NestedListItem(string text)
        : this([new TextRun(text)], [])
    {
    }
}
