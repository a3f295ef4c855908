using Nhp.Governance.Inspections;

namespace Nhp.Importing.OpenXml;

/// <summary>
/// Imports a register of inspection actions straight from an Excel tracker (<c>.xlsx</c>), with no Office installed.
/// The reader only turns a sheet into rows of cells; <see cref="InspectionActionTable"/> interprets them, so the
/// columns, accepted values and findings are those of <see cref="InspectionActionCsv"/>. Thread-safe.
/// </summary>
/// <remarks>
/// The sheet read is the first, in workbook order, with a row naming at least two of the register's columns (id,
/// inspection, raised, …); rows above that header (a title, notes) are skipped. Cells read as
/// <see cref="PlanXlsx"/> reads them: dates formatted as dates read as <c>dd/MM/yyyy</c>, which the register accepts.
/// A finding's line is the sheet's row number.
/// </remarks>
public static class InspectionActionXlsx
{
    private static readonly string[] Forms = ["an Excel workbook (.xlsx) with a sheet whose header row names the columns id, inspection and raised"];

    /// <summary>Imports a register from an Excel workbook.</summary>
    /// <param name="path">The file; its name is the source of findings.</param>
    /// <returns>The register, each action with its row as <see cref="InspectionAction.Location"/>, and the findings; no register when a required column is missing.</returns>
    /// <exception cref="NhpInputException">The file is not an Excel workbook, or no sheet has a non-empty row.</exception>
    public static ImportResult<InspectionActionRegister> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    /// <summary>Imports a register from an Excel workbook as a stream.</summary>
    /// <param name="stream">The workbook; read, left open. A stream that cannot seek is copied to memory first.</param>
    /// <param name="source">The input's name (a file name) for findings; may be null.</param>
    /// <returns>The register, each action with its row as <see cref="InspectionAction.Location"/>, and the findings; no register when a required column is missing.</returns>
    /// <exception cref="NhpInputException">The stream is not an Excel workbook, or no sheet has a non-empty row.</exception>
    public static ImportResult<InspectionActionRegister> Read(Stream stream, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var sheets = XlsxSheets.Read(stream, source, Forms);
        var rows = sheets.Select(s => s.Rows.Select(r => new CellRow(r.Number, r.Cells)).ToList()).ToList();
        var chosen = rows.FirstOrDefault(r => r.Any(InspectionActionTable.IsHeader)) ?? rows.FirstOrDefault(r => r.Count > 0) ?? [];
        return InspectionActionTable.Read(chosen, source);
    }
}
