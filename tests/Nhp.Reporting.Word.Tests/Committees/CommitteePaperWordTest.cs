using DocumentFormat.OpenXml.Wordprocessing;
using Nhp.Committees;
using Nhp.Datasets.CityOfLondon;
using Nhp.Datasets.CityOfLondon.Committees;
using Nhp.Reporting.Committees;
using Nhp.Reporting.Rendering;
using Nhp.Reporting.Word.Importing;
using NodaTime;
using Document = Nhp.Reporting.Documents.Document;

namespace Nhp.Reporting.Word.Tests.Committees;

public sealed class CommitteePaperWordTest
{
    private static readonly WordProperties Properties = new("Claire Flinter (Head of Business Information)", "Q3 Policing Plan Performance 2023-24", new LocalDate(2024, 2, 22));

    private static byte[] PaperDocx(Paper paper)
    {
        var main = paper.MainReport is { } id ? (DocumentReport)ReportCatalog.Default.Find(id)! : null;
        using var stream = new MemoryStream();
        new CommitteePaperReport(paper, main).RenderWord(CityOfLondonDataset.February2024, stream, Properties);
        return stream.ToArray();
    }

    [Fact]
    public void The_Q3_performance_paper_is_valid_Open_XML_with_real_headings_and_every_field_of_the_seed_front_sheet()
    {
        var docx = PaperDocx(CityOfLondonCommittees.PerformancePaper);
        Assert.Equal(string.Empty, string.Join("\n", WordDocuments.ValidationErrors(docx)));

        var paragraphs = WordDocuments.Paragraphs(docx);
        Assert.Equal(("Heading1", "Q3 Policing Plan Performance 2023-24"), paragraphs[0]);
        Assert.Contains(("Heading2", "Summary"), paragraphs);
        Assert.Contains(("Heading2", "Recommendation"), paragraphs);
        Assert.Contains(("Heading2", "Main Report"), paragraphs);
        Assert.Contains(("Normal", "Members are asked to note the report."), paragraphs);

        // The seed's front sheet (003, the Q3 performance paper), row by row.
        var rows = WordDocuments.With(docx, d => d.MainDocumentPart!.Document!.Body!.Elements<Table>().First()
            .Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(WordDocuments.TextOf).ToArray()).ToList());
        Assert.Equal(
            [
                ["Committee(s):", "Dated:"],
                ["Strategic Planning and Performance Committee", "22 February 2024"],
                ["Subject: Q3 Policing Plan Performance 2023-24", "Public"],
                ["Which outcomes in the City Corporation's Corporate Plan does this proposal aim to impact directly?", "1"],
                ["Does this proposal require extra revenue and/or capital spending?", "N/A"],
                ["If so, how much?", "N/A"],
                ["What is the source of Funding?", "N/A"],
                ["Has this Funding Source been agreed with the Chamberlain's Department?", "N/A"],
                ["Report of: Commissioner of Police\nPol 20-24", "For Discussion"],
                ["Report author: Claire Flinter (Head of Business Information)", string.Empty],
            ],
            rows);
        var repeats = WordDocuments.With(docx, d => d.MainDocumentPart!.Document!.Body!.Elements<Table>().First().Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.NotNull(repeats);
    }

    public static TheoryData<string> PackItems() => [.. CityOfLondonCommittees.February2024Pack.Papers.Keys];

    [Theory]
    [MemberData(nameof(PackItems))]
    public void Reading_a_rendered_paper_back_gives_the_same_front_sheet_and_sections(string item)
    {
        var paper = CityOfLondonCommittees.February2024Pack.Papers[item];
        using var stream = new MemoryStream(PaperDocx(paper));
        var read = PaperWordReader.Read(stream, "paper.docx");
        Assert.Empty(read.Findings);
        Assert.Equal(paper.FrontSheet, read.Value!.FrontSheet);
        Assert.Equal(paper.Summary, read.Value.Summary);
        Assert.Equal(paper.Recommendations, read.Value.Recommendations);
        Assert.Equal(paper.Appendices, read.Value.Appendices);
        Assert.Equal(paper.Contacts, read.Value.Contacts);
    }

    [Fact]
    public void A_document_without_a_front_sheet_reads_as_no_paper_with_a_finding()
    {
        using var stream = new MemoryStream(WordRenderer.Default.RenderToBytes(new Document("No front sheet", [], [])));
        var read = PaperWordReader.Read(stream, "plain.docx");
        Assert.Null(read.Value);
        Assert.Equal(PaperWordReader.NoFrontSheet, Assert.Single(read.Findings).RuleId);
    }

    private static Document? MainReportOf(Paper paper) =>
        paper.MainReport is { } id ? ((DocumentReport)ReportCatalog.Default.Find(id)!).Build(CityOfLondonDataset.February2024) : null;

    [Fact]
    public void The_pack_renders_as_one_valid_Word_document_with_the_agenda_then_each_paper_on_a_new_page_in_agenda_order()
    {
        var pack = CityOfLondonCommittees.February2024Pack;
        var document = PackDocument.Build(pack, MainReportOf);
        var docx = WordRenderer.Default.RenderToBytes(document, new WordProperties(null, "Agenda and papers", pack.Meeting.Date));
        Assert.Equal(string.Empty, string.Join("\n", WordDocuments.ValidationErrors(docx)));

        var paragraphs = WordDocuments.Paragraphs(docx);
        var paperHeadings = paragraphs.Where(p => p.Style == "Heading2" && char.IsDigit(p.Text[0])).Select(p => p.Text).ToList();
        Assert.Equal(
            [
                "4. Public Outstanding References",
                "5. Q3 Policing Plan Performance 2023-24",
                "6. Quarterly HMICFRS Inspections Update",
                "7. HMICFRS Update on PEEL Inspection 'Requires Improvements'",
                "8. Improving communications and engagement on crime and policing",
                "9. Neighbourhood Policing Strategy Delivery Plan",
                "10. Crime Data Integrity Review",
                "11. Modern Day Slavery and Human Trafficking update",
            ],
            paperHeadings);
        var breaks = WordDocuments.With(docx, d => d.MainDocumentPart!.Document!.Descendants<Break>().Count(b => b.Type?.Value == BreakValues.Page));
        Assert.Equal(8, breaks);
    }

    [Fact]
    public void The_agenda_page_numbers_follow_on_from_each_other_and_agree_with_the_pages_each_paper_takes()
    {
        var pack = CityOfLondonCommittees.February2024Pack;
        var pages = PackDocument.PageNumbers(pack, MainReportOf);
        var document = PackDocument.Build(pack, MainReportOf);

        // The papers follow one another with no gap and no overlap, each from the page after the last one's end.
        var ranges = pack.Items().Where(x => pages.ContainsKey(x.Item.Number)).Select(x => pages[x.Item.Number]).ToList();
        Assert.Equal(8, ranges.Count);
        for (var i = 1; i < ranges.Count; i++)
        {
            Assert.Equal(ranges[i - 1].Last + 1, ranges[i].First);
        }

        // Each paper's page count is the page estimate of its own blocks, between two page breaks of the document.
        var parts = Split(document.Blocks);
        Assert.Equal(9, parts.Count);
        Assert.Equal(ranges[0].First - 1, Nhp.Committees.PageEstimate.Pages(PackLayoutLines(parts[0])));
        for (var i = 0; i < ranges.Count; i++)
        {
            Assert.Equal(ranges[i].Count, Nhp.Committees.PageEstimate.Pages(PackLayoutLines(parts[i + 1])));
        }

        // The agenda prints those numbers.
        var html = HtmlRenderer.Default.Render(document);
        Assert.Contains("<td>" + pages["5"] + "</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>" + pages["11"] + "</td>", html, StringComparison.Ordinal);
    }

    private static int PackLayoutLines(IEnumerable<Nhp.Reporting.Documents.Block> blocks) => PackLayout.Lines(blocks);

    private static List<List<Nhp.Reporting.Documents.Block>> Split(IReadOnlyList<Nhp.Reporting.Documents.Block> blocks)
    {
        var parts = new List<List<Nhp.Reporting.Documents.Block>> { new() };
        foreach (var block in blocks)
        {
            if (block is Nhp.Reporting.Documents.PageBreak)
            {
                parts.Add([]);
            }
            else
            {
                parts[^1].Add(block);
            }
        }

        return parts;
    }

    [Fact]
    public void The_pack_rules_find_the_items_without_a_paper_and_the_engagement_item_with_no_purpose_on_the_agenda()
    {
        // In the seed's agenda, item 3 (minutes, pages 5 - 10) and item 15 (non-public, pages 77 - 82) have no paper
        // in the library, and item 8 prints no purpose while its front sheet says For Discussion.
        var findings = PackRules.Check(CityOfLondonCommittees.February2024Pack);
        Assert.Equal(
            [(PackRules.PaperMissing, "item 3"), (PackRules.FrontSheetDisagrees, "item 8"), (PackRules.PaperMissing, "item 15")],
            findings.Select(f => (f.RuleId, f.Subject)).OrderBy(f => int.Parse(f.Subject[5..], System.Globalization.CultureInfo.InvariantCulture)));
    }
}
