using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Nhp.Governance;
using Nhp.Governance.Inspections;
using NodaTime;

namespace Nhp.Importing.OpenXml.Tests;

public sealed class InspectionActionXlsxTest
{
    private static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "Data", name);

    [Fact]
    public void The_example_tracker_reads_as_the_CSV_register_does()
    {
        var xlsx = InspectionActionXlsx.Read(Data("inspection-actions.xlsx"));
        var csv = InspectionActionCsv.Read(Data("inspection-actions.csv"));

        Assert.Empty(xlsx.Findings);
        // Locations aside (sheet rows against CSV lines), the two registers hold the same actions.
        Assert.Equal(csv.Value!.Actions.Select(a => a with { Location = null }), xlsx.Value!.Actions.Select(a => a with { Location = null }));
        Assert.Equal(7, xlsx.Value.Actions.Count);
    }

    [Fact]
    public void The_header_is_found_below_the_title_and_findings_name_the_sheet_row()
    {
        var register = InspectionActionXlsx.Read(Data("inspection-actions.xlsx")).Value!;

        // Rows 1 and 2 are a title and a note, row 4 the header: the first action is on row 5.
        Assert.Equal(5, register.Actions[0].Location!.Line);
        Assert.Equal(new LocalDate(2022, 8, 12), register.Actions[0].Raised);
        var closedBeforeRaised = Assert.Single(GovernanceRules.Actions.Check(Update(register)), f => f.RuleId == GovernanceRules.ActionClosedBeforeRaised);
        Assert.Equal(10, closedBeforeRaised.Location!.Line);
    }

    [Fact]
    public void A_sheet_without_the_register_s_columns_is_passed_over_and_a_bad_date_is_located()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            AddSheet(workbook, 1, "Key", [["RAG key"], ["GREEN", "Complete"]]);
            AddSheet(workbook, 2, "Actions", [["Ref", "Source", "Date set", "Lead"], ["A1", "PEEL 2021/22", "12/08/2022", "Supt"], ["A2", "PEEL 2021/22", "31/13/2022", "Supt"]]);
        }

        stream.Position = 0;
        var import = InspectionActionXlsx.Read(stream, "tracker.xlsx");

        Assert.Equal(["A1"], import.Value!.Actions.Select(a => a.Id));
        var finding = Assert.Single(import.Findings);
        Assert.Equal((GovernanceImportRules.ValueInvalid, "A2", "raised", 3), (finding.RuleId, finding.Subject, finding.Field, finding.Location!.Line));
        Assert.Equal("tracker.xlsx", finding.Location.Source);
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_is_an_input_error()
    {
        using var stream = new MemoryStream("id,inspection,raised\n"u8.ToArray());
        var error = Assert.Throws<NhpInputException>(() => InspectionActionXlsx.Read(stream, "register.csv"));
        Assert.Contains("not an Excel workbook", error.Message, StringComparison.Ordinal);
    }

    private static InspectionActionsUpdate Update(InspectionActionRegister register) => new()
    {
        Title = "Tracker",
        Start = new LocalDate(2023, 4, 1),
        AsOf = new LocalDate(2024, 2, 22),
        HistoricCutOff = new LocalDate(2023, 4, 1),
        Register = register,
    };

    private static void AddSheet(WorkbookPart workbook, uint id, string name, string[][] rows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        for (var r = 0; r < rows.Length; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < rows[r].Length; c++)
            {
                row.Append(new Cell
                {
                    CellReference = ((char)('A' + c)).ToString() + (r + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(rows[r][c])),
                });
            }

            data.Append(row);
        }

        part.Worksheet = new Worksheet(data);
        workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
    }
}
