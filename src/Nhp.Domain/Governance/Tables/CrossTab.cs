using Nhp.Findings;

namespace Nhp.Governance.Tables;

/// <summary>
/// A table of counts by two dimensions (a crosstab), as a paper printed it: the counts, and the totals and percentage
/// column the paper printed beside them, kept as printed so checks can compare them with the counts. Immutable.
/// </summary>
/// <remarks>
/// <see cref="Counts"/> has one list per row category and one count per column category. A printed total or percentage
/// the paper did not print is null (or the list is empty). Computed totals (<see cref="RowTotal"/>,
/// <see cref="ColumnTotal"/>, <see cref="GrandTotal"/>) always come from the counts.
/// </remarks>
public sealed record CrossTab
{
    /// <summary>A short stable id for the table within its set, e.g. <c>victims-by-age</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The table's title.</summary>
    public required string Title { get; init; }

    /// <summary>The row dimension.</summary>
    public required TableDimension Rows { get; init; }

    /// <summary>The column dimension.</summary>
    public required TableDimension Columns { get; init; }

    /// <summary>The counts: <c>Counts[row][column]</c>.</summary>
    public required IReadOnlyList<IReadOnlyList<int>> Counts { get; init; }

    /// <summary>The printed total of each row (the paper's TOTAL column), or empty when none was printed.</summary>
    public IReadOnlyList<int?> PrintedRowTotals { get; init; } = [];

    /// <summary>The printed total of each column (the paper's TOTAL row), or empty when none was printed.</summary>
    public IReadOnlyList<int?> PrintedColumnTotals { get; init; } = [];

    /// <summary>The printed grand total, or null.</summary>
    public int? PrintedGrandTotal { get; init; }

    /// <summary>
    /// A printed column of each row's share of the grand total, as percentages (e.g. <c>% OUTCOME</c>), or null.
    /// </summary>
    public PercentageColumn? Percentages { get; init; }

    /// <summary>The text of the table's top-left cell and any label columns, verbatim (e.g. <c>AGE</c>), or null.</summary>
    public string? CornerText { get; init; }

    /// <summary>Where each row was read, when imported (one per row category), or empty.</summary>
    public IReadOnlyList<SourceLocation?> RowLocations { get; init; } = [];

    /// <summary>Where the printed totals row was read, when imported.</summary>
    public SourceLocation? TotalsLocation { get; init; }

    /// <summary>The sum of row <paramref name="row"/>.</summary>
    /// <param name="row">The row index.</param>
    /// <returns>The sum of its counts.</returns>
    public int RowTotal(int row) => Counts[row].Sum();

    /// <summary>The sum of column <paramref name="column"/>.</summary>
    /// <param name="column">The column index.</param>
    /// <returns>The sum of its counts.</returns>
    public int ColumnTotal(int column) => Counts.Sum(r => r[column]);

    /// <summary>The sum of every count.</summary>
    public int GrandTotal => Counts.Sum(r => r.Sum());

    /// <summary>Where row <paramref name="row"/> was read, or null.</summary>
    /// <param name="row">The row index.</param>
    /// <returns>The location or null.</returns>
    public SourceLocation? RowLocation(int row) => row < RowLocations.Count ? RowLocations[row] : null;

    /// <summary>The sum of the selected cells, or null with the first label the table does not have.</summary>
    /// <param name="selection">The cells.</param>
    /// <param name="unknown">The first row or column label not in the table, when there is one.</param>
    /// <returns>The sum, or null when a label is unknown.</returns>
    public int? Sum(CellSelection selection, out string? unknown)
    {
        ArgumentNullException.ThrowIfNull(selection);
        unknown = selection.Rows.FirstOrDefault(r => Rows.IndexOf(r) < 0) ?? selection.Columns.FirstOrDefault(c => Columns.IndexOf(c) < 0);
        if (unknown is not null)
        {
            return null;
        }

        var rows = selection.Rows.Count == 0 ? Enumerable.Range(0, Rows.Categories.Count) : selection.Rows.Select(Rows.IndexOf).Distinct();
        var columns = selection.Columns.Count == 0 ? [.. Enumerable.Range(0, Columns.Categories.Count)] : selection.Columns.Select(Columns.IndexOf).Distinct().ToArray();
        return rows.Sum(r => columns.Sum(c => Counts[r][c]));
    }
}
