namespace Nhp.Reporting.Documents;

/// <summary>
/// A table: columns with headers and alignment, rows, and an optional totals row set apart at the foot. When
/// <see cref="RowHeaders"/> is true, each row's first cell names the row (read out as such by screen readers).
/// </summary>
/// <remarks>Every row has exactly one cell per column; the constructor checks it.</remarks>
public sealed record Table : Block
{
    /// <summary>Creates a table.</summary>
    /// <param name="columns">The columns; at least one.</param>
    /// <param name="rows">The rows; each has one cell per column.</param>
    /// <param name="totals">A totals row, or null.</param>
    /// <param name="caption">A caption that says what the table shows, or null.</param>
    /// <param name="rowHeaders">Whether each row's first cell names the row.</param>
    /// <exception cref="ArgumentException">There is no column, or a row has the wrong number of cells.</exception>
    public Table(IReadOnlyList<TableColumn> columns, IReadOnlyList<TableRow> rows, TableRow? totals = null, string? caption = null, bool rowHeaders = false)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        if (columns.Count == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(columns));
        }

        foreach (var (row, index) in rows.Select((r, i) => (r, i)).Concat(totals is null ? [] : [(totals, -1)]))
        {
            if (row.Cells.Count != columns.Count)
            {
                var which = index < 0 ? "The totals row" : $"Row {index + 1}";
                throw new ArgumentException($"{which} has {row.Cells.Count} cells, but the table has {columns.Count} columns.", nameof(rows));
            }
        }

        Columns = columns;
        Rows = rows;
        Totals = totals;
        Caption = caption;
        RowHeaders = rowHeaders;
    }

    /// <summary>The columns.</summary>
    public IReadOnlyList<TableColumn> Columns { get; }

    /// <summary>The body rows.</summary>
    public IReadOnlyList<TableRow> Rows { get; }

    /// <summary>The totals row, or null.</summary>
    public TableRow? Totals { get; }

    /// <summary>The caption, or null.</summary>
    public string? Caption { get; }

    /// <summary>Whether each row's first cell names the row.</summary>
    public bool RowHeaders { get; }
}
