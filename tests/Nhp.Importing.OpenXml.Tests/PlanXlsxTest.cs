using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Nhp.Delivery;
using Nhp.Findings;
using NodaTime;

namespace Nhp.Importing.OpenXml.Tests;

public sealed class PlanXlsxTest
{
    private static readonly LocalDate Epoch = new(1899, 12, 30);

    private static string Column(int index) => ((char)('A' + index)).ToString();

    private static Cell Text(int column, int row, string text) =>
        new() { CellReference = Column(column) + row.ToString(CultureInfo.InvariantCulture), DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text)) };

    // A dd/MM/yyyy target as Excel stores a date: the day's serial number with a date format.
    private static Cell Target(int column, int row, string text)
    {
        if (DateTime.TryParseExact(text, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            var serial = Period.Between(Epoch, LocalDate.FromDateTime(date), PeriodUnits.Days).Days;
            return new Cell { CellReference = Column(column) + row.ToString(CultureInfo.InvariantCulture), StyleIndex = 1, CellValue = new CellValue(serial) };
        }

        return Text(column, row, text);
    }

    /// <summary>
    /// The seed table as a tracker: a key sheet first, then the tracker with a merged title, columns in another order
    /// and wording (Ref, Owner, RAG status, Due date, Deliverable, Progress update), objective headings merged across
    /// the table, dates as Excel dates, the header repeated, and a row whose code is merged down over two rows.
    /// </summary>
    internal static byte[] Build()
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

            var key = workbook.AddNewPart<WorksheetPart>();
            key.Worksheet = new Worksheet(new SheetData(
                new Row(Text(0, 1, "GREEN"), Text(1, 1, "Complete/established")) { RowIndex = 1 },
                new Row(Text(0, 2, "AMBER"), Text(1, 2, "In progress")) { RowIndex = 2 }));
            workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(key), SheetId = 1, Name = "Key" });

            var tracker = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            var merges = new MergeCells();
            var r = 1;
            data.Append(new Row(Text(0, r, "Neighbourhood Policing Delivery Tracker")) { RowIndex = (uint)r });
            merges.Append(new MergeCell { Reference = $"A{r}:F{r}" });
            r += 2;
            Row Header(int at) => new(Text(0, at, "Ref"), Text(1, at, "Owner"), Text(2, at, "RAG status"), Text(3, at, "Due date"), Text(4, at, "Deliverable"), Text(5, at, "Progress update (January 2024)")) { RowIndex = (uint)at };
            data.Append(Header(r++));
            var count = 0;
            foreach (var objective in SeedTable.Plan.Objectives)
            {
                if (objective.Number > 0)
                {
                    data.Append(new Row(Text(0, r, $"Objective {objective.Number}: {objective.Title}")) { RowIndex = (uint)r });
                    merges.Append(new MergeCell { Reference = $"A{r}:F{r}" });
                    r++;
                }

                foreach (var d in objective.Deliverables)
                {
                    var update = d.Latest!;
                    count++;
                    if (count == 30)
                    {
                        data.Append(Header(r++));
                    }

                    if (count % 10 == 0)
                    {
                        var s = update.Summary.IndexOf(' ', update.Summary.Length / 2);
                        data.Append(new Row(Text(0, r, d.Code.ToString()), Text(1, r, "NHP lead"), Text(4, r, d.Commitment), Text(5, r, update.Summary[..s])) { RowIndex = (uint)r });
                        merges.Append(new MergeCell { Reference = $"A{r}:A{r + 1}" });
                        r++;
                        data.Append(new Row(Text(2, r, SeedTable.RagWord(update.Rag)), Target(3, r, update.Target.Text), Text(5, r, update.Summary[(s + 1)..])) { RowIndex = (uint)r });
                        r++;
                        continue;
                    }

                    data.Append(new Row(Text(0, r, d.Code.ToString()), Text(1, r, "NHP lead"), Text(2, r, SeedTable.RagWord(update.Rag)), Target(3, r, update.Target.Text), Text(4, r, d.Commitment), Text(5, r, update.Summary)) { RowIndex = (uint)r });
                    r++;
                }
            }

            tracker.Worksheet = new Worksheet(data, merges);
            workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(tracker), SheetId = 2, Name = "Tracker" });
        }

        return stream.ToArray();
    }

    [Fact]
    public void An_Excel_tracker_of_the_seed_imports_to_the_same_55_codes_RAGs_and_targets()
    {
        var import = PlanXlsx.Read(new MemoryStream(Build()), "plan.xlsx", SeedTable.Options);
        Assert.Equal(SeedTable.Key(SeedTable.Plan), SeedTable.Key(import.Value!));
        Assert.Equal(new YearMonth(2024, 1), import.Value!.AsOf);
        Assert.DoesNotContain(import.Findings, f => f.Severity == Severity.Error);
    }

    [Fact]
    public void Columns_are_found_by_meaning_in_any_order_and_text_split_over_merged_rows_is_joined()
    {
        var plan = PlanXlsx.Read(new MemoryStream(Build()), "plan.xlsx").Value!;
        Assert.Equal(SeedTable.Plan.Deliverables.Select(d => d.Commitment), plan.Deliverables.Select(d => d.Commitment));
        Assert.Equal(SeedTable.Plan.Deliverables.Select(d => d.Latest!.Summary), plan.Deliverables.Select(d => d.Latest!.Summary));
        Assert.Equal(SeedTable.Plan.Objectives.Select(o => o.Title), plan.Objectives.Select(o => o.Title));
        Assert.Equal("Neighbourhood Policing Delivery Tracker", plan.Title);
    }

    [Fact]
    public void An_Excel_date_reads_as_the_day_it_shows()
    {
        // 45382 days after 30 December 1899 is 31 March 2024 (the epoch Excel's 1900 date system uses from March 1900).
        Assert.Equal(new LocalDate(2024, 3, 31), Epoch.PlusDays(45382));
        var plan = PlanXlsx.Read(new MemoryStream(Build()), "plan.xlsx").Value!;
        Assert.Equal(new LocalDate(2024, 3, 31), plan.Find(DeliverableCode.Parse("0.3"))!.Latest!.Target.Deadline);
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_is_an_input_error_naming_it()
    {
        var error = Assert.Throws<NhpInputException>(() => PlanXlsx.Read(new MemoryStream("a,b,c"u8.ToArray()), "plan.xlsx"));
        Assert.StartsWith("plan.xlsx: The file is not an Excel workbook", error.Message, StringComparison.Ordinal);
    }
}
