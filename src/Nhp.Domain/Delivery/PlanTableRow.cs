namespace Nhp.Delivery;

/// <summary>
/// One row of a delivery plan table as a reader found it: its cells' text, left to right, and where it was. What
/// <see cref="PlanTable"/> interprets; a reader of a format (text, Word, Excel) only produces these. Immutable; equality is
/// by reference.
/// </summary>
/// <remarks>
/// A cell merged over several columns gives its text in the first of them and an empty text in the others, so the
/// cells stay in their columns; a cell merged down over several rows gives its text in the first row only.
/// </remarks>
public sealed class PlanTableRow
{
    /// <summary>Creates a row.</summary>
    /// <param name="line">Where the row is: the line of a text, the row of a sheet, the paragraph or row of a document (1 for the first).</param>
    /// <param name="cells">The cells' text, left to right; a cell's line breaks are kept.</param>
    /// <exception cref="ArgumentNullException"><paramref name="cells"/> or one of them is null.</exception>
    public PlanTableRow(int line, IReadOnlyList<string> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        foreach (var cell in cells)
        {
            ArgumentNullException.ThrowIfNull(cell, nameof(cells));
        }

        Line = line;
        Cells = [.. cells];
    }

    /// <summary>Where the row is, for findings: a line, a sheet row, or a paragraph or row of a document.</summary>
    public int Line { get; }

    /// <summary>The cells' text, left to right.</summary>
    public IReadOnlyList<string> Cells { get; }

    /// <summary>
    /// Whether the row is one cell merged across the whole table (a Word cell spanning every column, an Excel range
    /// merged across the table), as a document prints an objective heading. False when the reader cannot tell.
    /// </summary>
    public bool SpansTable { get; init; }
}
