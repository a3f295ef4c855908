namespace Nhp.Reporting.Documents;

/// <summary>One row of a table: one cell per column.</summary>
/// <param name="Cells">The cells, in column order.</param>
public sealed record TableRow(IReadOnlyList<TableCell> Cells)
{
    /// <summary>A row of the given cells (strings and inlines convert to cells).</summary>
    /// <param name="cells">The cells, in column order.</param>
    /// <returns>The row.</returns>
    public static TableRow Of(params TableCell[] cells) => new(cells);
}
