using Nhp.Delivery;

namespace Nhp.Importing.OpenXml;

/// <summary>
/// Imports a delivery plan straight from an Excel tracker (<c>.xlsx</c>), with no Office installed. The reader only
/// turns the sheet into rows of cells; <see cref="PlanTable"/> interprets them, so the plan and the findings are those
/// of the text importer <see cref="PlanText"/>. Thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// The sheet read is the first, in workbook order, with a deliverable code (<c>1.10</c>) in a cell; each of its rows is a
/// row of cells by column letter (a missing cell is empty). A merged range gives its value in its top-left cell only, so
/// rows below a range merged down read as continuations; a row whose one value is in a range merged across the table (an
/// objective heading) is marked <see cref="PlanTableRow.SpansTable"/>. Text, shared and rich text read as written;
/// numbers with a date format read as <c>dd/MM/yyyy</c>; other numbers as their invariant digits (so a code typed as
/// the number 1.10 reads as 1.1: format the code column as text). The finding's line is the sheet's row number.
/// </para>
/// </remarks>
public static class PlanXlsx
{
    private static readonly string[] Forms = ["an Excel workbook (.xlsx) with a sheet holding the plan's table"];

    /// <summary>Imports a plan from an Excel workbook.</summary>
    /// <param name="path">The file; its name is the source of findings.</param>
    /// <param name="options">Import settings; null for the defaults.</param>
    /// <returns>The plan, each deliverable with its <see cref="Deliverable.Location"/>, and the findings.</returns>
    /// <exception cref="NhpInputException">The file is not an Excel workbook, or no sheet has deliverable rows, or the table states no as-of period.</exception>
    public static ImportResult<DeliveryPlan> Read(string path, PlanImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return Read(stream, path, options);
    }

    /// <summary>Imports a plan from an Excel workbook as a stream.</summary>
    /// <param name="stream">The workbook; read, left open. A stream that cannot seek is copied to memory first.</param>
    /// <param name="source">The input's name (a file name) for findings; may be null.</param>
    /// <param name="options">Import settings; null for the defaults.</param>
    /// <returns>The plan, each deliverable with its <see cref="Deliverable.Location"/>, and the findings.</returns>
    /// <exception cref="NhpInputException">The stream is not an Excel workbook, or no sheet has deliverable rows, or the table states no as-of period.</exception>
    public static ImportResult<DeliveryPlan> Read(Stream stream, string? source = null, PlanImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var sheets = XlsxSheets.Read(stream, source, Forms);
        var chosen = sheets.FirstOrDefault(s => s.Rows.Any(r => r.Cells.Any(c => DeliverableCode.TryParse(c, out _)))) ?? (sheets.Count > 0 ? sheets[0] : null);
        return PlanTable.Read(chosen?.Rows.Select(r => new PlanTableRow(r.Number, r.Cells) { SpansTable = r.SpansTable }) ?? [], source, options);
    }
}
