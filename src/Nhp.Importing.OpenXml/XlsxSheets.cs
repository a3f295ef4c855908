using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Nhp.Findings;
using NodaTime;

namespace Nhp.Importing.OpenXml;

/// <summary>
/// Reads the cells of an Excel workbook (<c>.xlsx</c>) as text, sheet by sheet, for every reader of a table in a
/// workbook: each row of a sheet as its cells by column letter (a missing cell is empty) with its sheet row number.
/// Text, shared and rich text read as written; numbers with a date format read as <c>dd/MM/yyyy</c>; other numbers as
/// their invariant digits. A merged range gives its value in its top-left cell only; a row whose one value is in a
/// range merged across the sheet's width is marked.
/// </summary>
internal static class XlsxSheets
{
    private static readonly LocalDate ExcelEpoch = new(1899, 12, 30);

    /// <summary>One row of a sheet: its row number, its cells' text, and whether its one value spans the table.</summary>
    public sealed record SheetRow(int Number, string[] Cells, bool SpansTable);

    /// <summary>One sheet: its name and rows, in order.</summary>
    public sealed record Sheet(string Name, IReadOnlyList<SheetRow> Rows);

    /// <summary>Every sheet of the workbook, in workbook order.</summary>
    /// <exception cref="NhpInputException">The stream is not an Excel workbook.</exception>
    public static IReadOnlyList<Sheet> Read(Stream stream, string? source, IReadOnlyList<string> forms)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var sheets = new List<Sheet>();
        try
        {
            using var document = SpreadsheetDocument.Open(OpenXmlInput.Seekable(stream), false);
            var workbook = document.WorkbookPart
                ?? throw new NhpInputException("The workbook has no sheets: expected an Excel workbook with a table.", new SourceLocation(source, null), null, forms);
            var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
            var dates = DateStyles(workbook);
            foreach (var sheet in workbook.Workbook?.Sheets?.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>() ?? [])
            {
                if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part || part.Worksheet is null)
                {
                    continue;
                }

                sheets.Add(new Sheet(sheet.Name?.Value ?? string.Empty, Rows(part.Worksheet, strings, dates)));
            }
        }
        catch (Exception e) when (e is not NhpInputException && OpenXmlInput.IsNotThePackage(e))
        {
            throw new NhpInputException("The file is not an Excel workbook (.xlsx): it could not be opened as one.", new SourceLocation(source, null), null, forms);
        }

        return sheets;
    }

    private static List<SheetRow> Rows(Worksheet worksheet, string[] strings, HashSet<uint> dates)
    {
        var values = new SortedDictionary<int, SortedDictionary<int, string>>();
        var width = 0;
        foreach (var row in worksheet.Descendants<Row>())
        {
            var rowNumber = (int)(row.RowIndex?.Value ?? (uint)(values.Count + 1));
            var cells = values.TryGetValue(rowNumber, out var existing) ? existing : values[rowNumber] = [];
            var next = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? Column(reference) : next;
                next = column + 1;
                cells[column] = Value(cell, strings, dates);
                width = Math.Max(width, next);
            }
        }

        var across = new HashSet<int>();
        foreach (var merge in worksheet.Descendants<MergeCell>())
        {
            if (merge.Reference?.Value?.Split(':') is [var from, var to] && RowOf(from) == RowOf(to) && Column(to) - Column(from) + 1 >= Math.Max(2, width - 1))
            {
                across.Add(RowOf(from));
            }
        }

        var result = new List<SheetRow>(values.Count);
        foreach (var (number, cells) in values)
        {
            var texts = new string[width];
            for (var i = 0; i < width; i++)
            {
                texts[i] = cells.TryGetValue(i, out var text) ? text : string.Empty;
            }

            result.Add(new SheetRow(number, texts, across.Contains(number) && texts.Count(t => t.Trim().Length > 0) == 1));
        }

        return result;
    }

    private static string Value(Cell cell, string[] strings, HashSet<uint> dates)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < strings.Length ? strings[index] : string.Empty;
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }

        if (raw is null)
        {
            return string.Empty;
        }

        if (type == CellValues.Date)
        {
            return DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when)
                ? when.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)
                : raw;
        }

        if ((type is null || type == CellValues.Number) && cell.StyleIndex?.Value is { } style && dates.Contains(style)
            && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is >= 1 and < 2958466)
        {
            return ExcelEpoch.PlusDays((int)Math.Floor(serial)).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        }

        return raw;
    }

    // The cell formats whose number format shows a date: the built-in date formats, and custom ones with day, month or year codes.
    private static HashSet<uint> DateStyles(WorkbookPart workbook)
    {
        var styles = workbook.WorkbookStylesPart?.Stylesheet;
        var custom = styles?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null && IsDateCode(f.FormatCode?.Value ?? string.Empty))
            .Select(f => f.NumberFormatId!.Value)
            .ToHashSet() ?? [];
        var result = new HashSet<uint>();
        var index = 0u;
        foreach (var format in styles?.CellFormats?.Elements<CellFormat>() ?? [])
        {
            var id = format.NumberFormatId?.Value ?? 0;
            if (id is >= 14 and <= 17 or 22 || custom.Contains(id))
            {
                result.Add(index);
            }

            index++;
        }

        return result;
    }

    private static bool IsDateCode(string code)
    {
        var unquoted = System.Text.RegularExpressions.Regex.Replace(code, "\"[^\"]*\"|\\[[^\\]]*\\]", string.Empty);
        return unquoted.Contains('d', StringComparison.OrdinalIgnoreCase) || unquoted.Contains('y', StringComparison.OrdinalIgnoreCase);
    }

    private static int Column(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (!char.IsLetter(c))
            {
                break;
            }

            column = checked((column * 26) + (char.ToUpperInvariant(c) - 'A' + 1));
        }

        return column - 1;
    }

    private static int RowOf(string reference) =>
        int.TryParse(reference.AsSpan(reference.TakeWhile(char.IsLetter).Count()), NumberStyles.None, CultureInfo.InvariantCulture, out var row) ? row : 0;
}
