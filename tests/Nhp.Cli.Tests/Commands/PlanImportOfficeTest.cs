using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Nhp.Delivery;
using W = DocumentFormat.OpenXml.Wordprocessing;
using X = DocumentFormat.OpenXml.Spreadsheet;

namespace Nhp.Cli.Tests.Commands;

/// <summary><c>nhp plan import</c> reads a Word table or an Excel tracker, chosen by the file's extension.</summary>
public sealed class PlanImportOfficeTest : IDisposable
{
    private static readonly string[][] Table =
    [
        ["DELIVERABLE", "COMMITMENT", "SUMMARY POSITION (JANUARY 2024)", "PROGRESS", "DATE"],
        ["1.1", "We will listen.", "Panels held.", "GREEN", "31/03/2024"],
        ["1.2", "We will act.", "Plan agreed.", "AMBER", "Ongoing"],
        ["2.1", "We will protect.", "Training done.", "GREEN", "Complete"],
    ];

    private readonly PlanCli cli = new();

    public void Dispose() => cli.Dispose();

    private void WriteDocx(string name)
    {
        using var document = WordprocessingDocument.Create(cli.PathOf(name), WordprocessingDocumentType.Document);
        var body = new W.Body();
        document.AddMainDocumentPart().Document = new W.Document(body);
        var table = new W.Table();
        foreach (var row in Table)
        {
            table.Append(new W.TableRow(row.Select(c => new W.TableCell(new W.Paragraph(new W.Run(new W.Text(c)))))));
        }

        body.Append(table);
    }

    private void WriteXlsx(string name)
    {
        using var document = SpreadsheetDocument.Create(cli.PathOf(name), SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new X.Workbook(new X.Sheets());
        var sheet = workbook.AddNewPart<WorksheetPart>();
        var data = new X.SheetData();
        for (var r = 0; r < Table.Length; r++)
        {
            data.Append(new X.Row(Table[r].Select((c, i) => new X.Cell { CellReference = $"{(char)('A' + i)}{r + 1}", DataType = X.CellValues.InlineString, InlineString = new X.InlineString(new X.Text(c)) })) { RowIndex = (uint)(r + 1) });
        }

        sheet.Worksheet = new X.Worksheet(data);
        workbook.Workbook.Sheets!.Append(new X.Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Plan" });
    }

    [Theory]
    [InlineData("plan.docx")]
    [InlineData("plan.xlsx")]
    public void A_Word_or_Excel_plan_imports_by_its_extension(string name)
    {
        if (name.EndsWith(".docx", StringComparison.Ordinal))
        {
            WriteDocx(name);
        }
        else
        {
            WriteXlsx(name);
        }

        var (exit, _, error) = cli.Run("plan", "import", name, "--objectives", "none", "-o", "plan.json");
        Assert.True(exit == 0, error);
        var plan = PlanJson.Read(new StringReader(cli.Read("plan.json"))).GetValueOrThrow();
        Assert.Equal(["1.1", "1.2", "2.1"], plan.Deliverables.Select(d => d.Code.ToString()));
        Assert.Equal([RagStatus.Green, RagStatus.Amber, RagStatus.Green], plan.Deliverables.Select(d => d.Latest!.Rag));
    }

    [Fact]
    public void A_text_file_named_docx_is_refused_as_not_a_Word_document_with_exit_2()
    {
        cli.Write("plan.docx", "1.1\tWe will.\tDone.\tGREEN\tOngoing\n");
        var (exit, _, error) = cli.Run("plan", "import", "plan.docx");
        Assert.Equal(2, exit);
        Assert.Contains("not a Word document", error, StringComparison.Ordinal);
    }
}
