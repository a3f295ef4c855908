using Nhp.ProblemSolving;

namespace Nhp.Importing.OpenXml;

/// <summary>
/// Imports a register of problem-solving plans straight from an Excel workbook (<c>.xlsx</c>), with no Office
/// installed. The reader only turns a sheet into rows of cells; <see cref="ProblemSolvingTable"/> interprets them, so
/// the columns, accepted values and findings are those of <see cref="ProblemSolvingCsv"/>. Thread-safe.
/// </summary>
/// <remarks>
/// The sheet read is the first, in workbook order, with a header row naming at least two of the register's columns,
/// one of them the reference or the title; rows above the header (a title, notes) are skipped. Cells read as
/// <see cref="PlanXlsx"/> reads them: dates formatted as dates read as <c>dd/MM/yyyy</c>, which the register accepts.
/// A finding's line is the sheet's row number.
/// </remarks>
public static class ProblemSolvingXlsx
{
    private static readonly string[] Forms = ["an Excel workbook (.xlsx) with a sheet whose header row names the columns reference and title"];

    /// <summary>Imports a register from an Excel workbook.</summary>
    /// <param name="path">The file; its name is the source of findings.</param>
    /// <param name="options">The as-of date, review period and name of the register.</param>
    /// <returns>The register and the findings; no register when no sheet has a header with a reference and a title column.</returns>
    /// <exception cref="NhpInputException">The file is not an Excel workbook.</exception>
    public static ImportResult<ProblemSolvingRegister> Read(string path, ProblemSolvingImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return Read(stream, path, options);
    }

    /// <summary>Imports a register from an Excel workbook as a stream.</summary>
    /// <param name="stream">The workbook; read, left open. A stream that cannot seek is copied to memory first.</param>
    /// <param name="source">The input's name (a file name) for findings; may be null.</param>
    /// <param name="options">The as-of date, review period and name of the register.</param>
    /// <returns>The register and the findings; no register when no sheet has a header with a reference and a title column.</returns>
    /// <exception cref="NhpInputException">The stream is not an Excel workbook.</exception>
    public static ImportResult<ProblemSolvingRegister> Read(Stream stream, string? source, ProblemSolvingImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        var sheets = XlsxSheets.Read(stream, source, Forms);
        var rows = sheets.Select(s => s.Rows.Select(r => new CellRow(r.Number, r.Cells)).ToList()).ToList();
        var chosen = rows.FirstOrDefault(r => r.Any(ProblemSolvingTable.IsHeader)) ?? rows.FirstOrDefault(r => r.Count > 0) ?? [];
        var header = chosen.FindIndex(ProblemSolvingTable.IsHeader);
        return ProblemSolvingTable.Read(header > 0 ? chosen.Skip(header) : chosen, source, options);
    }
}
