using Nhp.Findings;
using Nhp.Importing;

namespace Nhp.Governance.Inspections;

/// <summary>
/// Interprets the rows of a register table whatever format they were read from (a spreadsheet tracker's sheet), with
/// the columns, accepted values and findings of <see cref="InspectionActionCsv"/>. The header is the first row that
/// names at least two known columns, so a title or notes above the table are skipped; each row after it is an action
/// (empty rows skipped). Thread-safe.
/// </summary>
public static class InspectionActionTable
{
    private static readonly string[] Forms = ["a table whose header names the columns id, inspection and raised (and any of kind, scope, directorate, owner, closed, status, text)"];

    /// <summary>Interprets the rows of a register table.</summary>
    /// <param name="rows">The rows, in order.</param>
    /// <param name="source">The input's name (a file name) for findings; may be null.</param>
    /// <returns>The register, each action with its row as <see cref="InspectionAction.Location"/>, and the findings; no register when a required column is missing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> or a row is null.</exception>
    /// <exception cref="NhpInputException">The table has no non-empty row.</exception>
    public static ImportResult<InspectionActionRegister> Read(IEnumerable<CellRow> rows, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var list = rows.ToList();
        foreach (var row in list)
        {
            ArgumentNullException.ThrowIfNull(row, nameof(rows));
        }

        var reader = new ActionRows(source);
        var actions = reader.Table(list, findHeader: true, out var header);
        if (header is null)
        {
            throw new NhpInputException("The table is empty: expected a header row naming the register's columns (id, inspection, raised, …), then an action a row.", new SourceLocation(source, null), null, Forms);
        }

        return new ImportResult<InspectionActionRegister>(actions is null ? null : new InspectionActionRegister(actions), reader.Findings, source);
    }

    /// <summary>Whether a row is a register's header: it names at least two of the register's columns (by any accepted name).</summary>
    /// <param name="row">The row.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public static bool IsHeader(CellRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Cells.Count(c => ActionRows.Canonical(c) is not null) >= 2;
    }
}
