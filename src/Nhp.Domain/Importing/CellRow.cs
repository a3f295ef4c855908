namespace Nhp.Importing;

/// <summary>
/// One row of a table as a reader of a cell format found it (a spreadsheet row, a CSV record): where it is and its
/// cells' text, left to right, so one interpreter can read a table whatever format it came in. Immutable; equality is
/// by reference.
/// </summary>
public sealed class CellRow
{
    /// <summary>Creates a row.</summary>
    /// <param name="line">Where the row is: the line of a text, the row number of a sheet (1 for the first).</param>
    /// <param name="cells">The cells' text, left to right; an empty cell is an empty text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="cells"/> or one of them is null.</exception>
    public CellRow(int line, IReadOnlyList<string> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        foreach (var cell in cells)
        {
            ArgumentNullException.ThrowIfNull(cell, nameof(cells));
        }

        Line = line;
        Cells = [.. cells];
    }

    /// <summary>Where the row is, for findings.</summary>
    public int Line { get; }

    /// <summary>The cells' text, left to right.</summary>
    public IReadOnlyList<string> Cells { get; }
}
