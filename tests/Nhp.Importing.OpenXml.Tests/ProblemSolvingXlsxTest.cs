using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Nhp.Findings;
using Nhp.ProblemSolving;
using NodaTime;

namespace Nhp.Importing.OpenXml.Tests;

/// <summary>A problem-solving register straight from an Excel tracker: the table reader of the CSV, fed by the workbook's cells.</summary>
public sealed class ProblemSolvingXlsxTest
{
    private static readonly ProblemSolvingImportOptions Options = new() { AsOf = new LocalDate(2024, 3, 31), Name = "Tracker" };

    private static readonly LocalDate Epoch = new(1899, 12, 30);

    private static Cell Text(string reference, string text) =>
        new() { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text)) };

    // A date as Excel stores one: the day's serial number in a cell formatted as a date.
    private static Cell Date(string reference, LocalDate date) =>
        new() { CellReference = reference, StyleIndex = 1, CellValue = new CellValue(Period.Between(Epoch, date, PeriodUnits.Days).Days.ToString(CultureInfo.InvariantCulture)) };

    private static Row Row(int number, params Cell[] cells) => new(cells) { RowIndex = (uint)number };

    /// <summary>A notes sheet first, then the tracker: a title row, a blank row, the header in trackers' words, two plans and a bad one.</summary>
    private static byte[] Workbook()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font()), new Fills(new Fill()), new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));

            var notes = workbook.AddNewPart<WorksheetPart>();
            notes.Worksheet = new Worksheet(new SheetData(Row(1, Text("A1", "Plans are reviewed monthly."))));
            workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(notes), SheetId = 1, Name = "Notes" });

            var tracker = workbook.AddNewPart<WorksheetPart>();
            tracker.Worksheet = new Worksheet(new SheetData(
                Row(1, Text("A1", "Neighbourhood problem-solving tracker")),
                Row(3, Text("A3", "Ref"), Text("B3", "Problem"), Text("C3", "Model"), Text("D3", "OIC"), Text("E3", "Date opened"), Text("F3", "Scan"), Text("G3", "Scan date"), Text("H3", "Review dates"), Text("I3", "State")),
                Row(4, Text("A4", "PS-1"), Text("B4", "Cycle theft"), Text("C4", "SARA"), Text("D4", "PS 1402"), Date("E4", new LocalDate(2023, 9, 4)), Text("F4", "Thefts rose."), Date("G4", new LocalDate(2023, 9, 5)), Text("H4", "04/12/2023; 2024-03-01"), Text("I4", "Open")),
                Row(5, Text("A5", "PS-2"), Text("B5", "Street drinking"), Text("C5", "OSARA"), Date("E5", new LocalDate(2023, 10, 16)), Text("I5", "Closed")),
                Row(7, Text("A7", "PS-3"), Text("B7", "Bad date"), Text("E7", "sometime"))));
            workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(tracker), SheetId = 2, Name = "Tracker" });
        }

        return stream.ToArray();
    }

    [Fact]
    public void The_tracker_sheet_is_found_and_read_with_its_dates()
    {
        using var stream = new MemoryStream(Workbook());
        var result = ProblemSolvingXlsx.Read(stream, "tracker.xlsx", Options);
        var register = result.Value!;
        Assert.Equal(("Tracker", new LocalDate(2024, 3, 31)), (register.Name, register.AsOf));
        Assert.Equal(["PS-1", "PS-2"], register.Plans.Select(p => p.Reference));
        var first = register.Plans[0];
        Assert.Equal((ProblemSolvingMethod.Sara, "PS 1402", new LocalDate(2023, 9, 4)), (first.Method, first.Owner, first.Opened));
        Assert.Equal(new StageRecord(ProblemSolvingStage.Scanning, "Thefts rose.", new LocalDate(2023, 9, 5)), Assert.Single(first.Stages));
        Assert.Equal([new LocalDate(2023, 12, 4), new LocalDate(2024, 3, 1)], first.Reviews);
        Assert.Equal((ProblemSolvingMethod.Osara, ProblemSolvingStatus.Closed), (register.Plans[1].Method, register.Plans[1].Status));
    }

    [Fact]
    public void A_cell_that_cannot_be_read_is_a_finding_at_its_sheet_row()
    {
        using var stream = new MemoryStream(Workbook());
        var finding = Assert.Single(ProblemSolvingXlsx.Read(stream, "tracker.xlsx", Options).Findings);
        Assert.Equal((ProblemSolvingImportRules.RowInvalid, "PS-3", "opened"), (finding.RuleId, finding.Subject, finding.Field));
        Assert.Equal(new SourceLocation("tracker.xlsx", 7), finding.Location);
    }

    [Fact]
    public void The_workbook_reads_as_the_same_register_as_its_CSV()
    {
        using var stream = new MemoryStream(Workbook());
        var fromXlsx = ProblemSolvingXlsx.Read(stream, "tracker.xlsx", Options).Value!;
        var csv = ProblemSolvingCsv.Write(fromXlsx);
        var fromCsv = ProblemSolvingCsv.Read(new StringReader(csv), "tracker.csv", Options).Value!;
        Assert.Equal(ProblemSolvingJson.Write(fromXlsx), ProblemSolvingJson.Write(fromCsv));
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_is_an_input_error()
    {
        using var stream = new MemoryStream("reference,title\n"u8.ToArray());
        var error = Assert.Throws<NhpInputException>(() => ProblemSolvingXlsx.Read(stream, "register.csv", Options));
        Assert.Contains("not an Excel workbook", error.Message, StringComparison.Ordinal);
    }
}
