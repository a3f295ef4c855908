using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Nhp.Delivery;
using Nhp.Findings;

namespace Nhp.Importing.OpenXml.Tests;

public sealed class PlanDocxTest
{
    private const string Header = "SUMMARY POSITION (JANUARY 2024)";

    private static Paragraph Para(string text, bool listed = false)
    {
        var paragraph = new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        if (listed)
        {
            paragraph.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = "ListParagraph" }));
        }

        return paragraph;
    }

    private static TableCell Cell(string text, int span = 1, MergedCellValues? merge = null)
    {
        var properties = new TableCellProperties();
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        if (merge is { } value)
        {
            properties.Append(new VerticalMerge { Val = value });
        }

        var cell = new TableCell(properties);
        var lines = text.Split('\n');
        foreach (var line in lines)
        {
            cell.Append(line.StartsWith("- ", StringComparison.Ordinal) ? Para(line[2..], listed: true) : Para(line));
        }

        return cell;
    }

    private static TableRow HeaderRow() =>
        new(new TableRowProperties(new TableHeader()), Cell("DELIVERABLE", span: 2), Cell(Header), Cell("PROGRESS"), Cell("DATE"));

    /// <summary>The seed table as the Word document it was written in: a title and key before it, the header marked to repeat and also repeated by hand, objective headings merged across the table, a row broken over two with the code cell merged down and the RAG on the second.</summary>
    internal static byte[] Build(bool awkward = true)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            main.Document = new Document(body);
            body.Append(Para("Neighbourhood Policing and Engagement Strategy Implementation Plan"));
            body.Append(Para("GREEN Complete/established"));
            body.Append(Para("AMBER In progress"));
            body.Append(Para("RED Deadline missed or will not be achieved"));
            var table = new Table(new TableGrid(Enumerable.Range(0, 5).Select(_ => new GridColumn { Width = "1800" })));
            table.Append(HeaderRow());
            var count = 0;
            foreach (var objective in SeedTable.Plan.Objectives)
            {
                if (objective.Number > 0)
                {
                    var heading = $"OBJECTIVE {SeedTable.NumberWords[objective.Number]}: {objective.Title.ToUpperInvariant()}";
                    table.Append(new TableRow(Cell(heading, span: 5)));
                }

                foreach (var d in objective.Deliverables)
                {
                    var update = d.Latest!;
                    count++;
                    if (awkward && count % 12 == 0)
                    {
                        table.Append(HeaderRow());
                    }

                    if (awkward && count % 9 == 0)
                    {
                        // Broken over two rows: code merged down, the RAG and date on the second.
                        var c = d.Commitment.IndexOf(' ', d.Commitment.Length / 2);
                        table.Append(new TableRow(Cell(d.Code.ToString(), merge: MergedCellValues.Restart), Cell(d.Commitment[..c]), Cell(update.Summary), Cell(string.Empty), Cell(string.Empty)));
                        table.Append(new TableRow(Cell(string.Empty, merge: MergedCellValues.Continue), Cell(d.Commitment[(c + 1)..]), Cell(string.Empty), Cell(SeedTable.RagWord(update.Rag)), Cell(update.Target.Text)));
                        continue;
                    }

                    table.Append(new TableRow(Cell(d.Code.ToString()), Cell(d.Commitment), Cell(update.Summary), Cell(SeedTable.RagWord(update.Rag)), Cell(update.Target.Text)));
                }
            }

            body.Append(table);
            body.Append(Para("Page 1"));
        }

        return stream.ToArray();
    }

    [Fact]
    public void A_Word_table_of_the_seed_imports_to_the_same_55_codes_RAGs_and_targets()
    {
        var import = PlanDocx.Read(new MemoryStream(Build()), "plan.docx", SeedTable.Options);
        Assert.Equal(SeedTable.Key(SeedTable.Plan), SeedTable.Key(import.Value!));
        Assert.Equal(new NodaTime.YearMonth(2024, 1), import.Value!.AsOf);
        Assert.Equal("Neighbourhood Policing and Engagement Strategy Implementation Plan", import.Value!.Title);
        Assert.DoesNotContain(import.Findings, f => f.Severity == Severity.Error);
    }

    [Fact]
    public void Merged_headings_give_the_objective_titles_and_split_rows_join_their_text()
    {
        var plan = PlanDocx.Read(new MemoryStream(Build()), "plan.docx").Value!;
        Assert.Equal(SeedTable.Plan.Objectives.Select(o => o.Title), plan.Objectives.Select(o => o.Title));
        Assert.Equal(SeedTable.Plan.Deliverables.Select(d => d.Commitment), plan.Deliverables.Select(d => d.Commitment));
        Assert.Equal(SeedTable.Plan.Deliverables.Select(d => d.Latest!.Summary), plan.Deliverables.Select(d => d.Latest!.Summary));
    }

    [Fact]
    public void A_bulleted_cell_keeps_one_line_per_item()
    {
        var summary = PlanDocx.Read(new MemoryStream(Build()), "plan.docx").Value!.Find(DeliverableCode.Parse("3.3"))!.Latest!.Summary;
        Assert.Equal(4, summary.Split('\n').Count(l => l.StartsWith("- ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Findings_are_the_text_importers_with_the_same_rule_ids()
    {
        var import = PlanDocx.Read(new MemoryStream(Build()), "plan.docx", SeedTable.Options);
        Assert.Contains(import.Findings, f => f.RuleId == PlanImportRules.Continuation);
        Assert.Contains(import.Findings, f => f.RuleId == PlanImportRules.Preamble);
        Assert.Contains(import.Findings, f => f.RuleId == PlanImportRules.SetUpObjective);
        Assert.All(import.Findings, f => Assert.StartsWith("plan.import.", f.RuleId, StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_that_is_not_a_Word_document_is_an_input_error_naming_it()
    {
        var error = Assert.Throws<NhpInputException>(() => PlanDocx.Read(new MemoryStream("not a document"u8.ToArray()), "plan.docx"));
        Assert.StartsWith("plan.docx: The file is not a Word document", error.Message, StringComparison.Ordinal);
    }
}
