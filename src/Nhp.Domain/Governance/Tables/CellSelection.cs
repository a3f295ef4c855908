namespace Nhp.Governance.Tables;

/// <summary>
/// Some cells of a <see cref="CrossTab"/>: those in the listed rows and the listed columns, where an empty list means
/// every row (or column). <c>Rows = ["Male"]</c> is the male row; <c>Columns = ["11-17", "18-25"]</c> two columns of
/// every row. Immutable.
/// </summary>
/// <param name="Rows">Row category labels, or empty for every row.</param>
/// <param name="Columns">Column category labels, or empty for every column.</param>
public sealed record CellSelection(IReadOnlyList<string> Rows, IReadOnlyList<string> Columns)
{
    /// <summary>Every cell of the table.</summary>
    public static CellSelection All { get; } = new([], []);

    /// <summary>The selection in words: <c>Male × 11-17, 18-25</c>, <c>all</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => (Rows.Count, Columns.Count) switch
    {
        (0, 0) => "all",
        (_, 0) => string.Join(", ", Rows),
        (0, _) => string.Join(", ", Columns),
        _ => string.Join(", ", Rows) + " \u00d7 " + string.Join(", ", Columns),
    };
}
