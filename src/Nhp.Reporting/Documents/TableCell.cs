namespace Nhp.Reporting.Documents;

/// <summary>One cell of a table row: a run of inlines, empty for a blank cell.</summary>
/// <param name="Content">The cell's inlines.</param>
public sealed record TableCell(IReadOnlyList<Inline> Content)
{
    /// <summary>A blank cell.</summary>
    public static TableCell Empty { get; } = new([]);

    /// <summary>A cell of plain text.</summary>
    /// <param name="text">The text.</param>
    public static implicit operator TableCell(string text) => new([new TextRun(text)]);

    /// <summary>A cell of one inline.</summary>
    /// <param name="inline">The inline.</param>
    public static implicit operator TableCell(Inline inline) => new([inline]);

    /// <summary>A cell of plain text (the named form of the implicit conversion).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The cell.</returns>
    public static TableCell FromString(string text) => text;

    /// <summary>A cell of one inline (the named form of the implicit conversion).</summary>
    /// <param name="inline">The inline.</param>
    /// <returns>The cell.</returns>
    public static TableCell FromInline(Inline inline) => inline;
}
