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

    private static byte[] PackDocx(out Document document)
    {
        var pack = CityOfLondonCommittees.February2024Pack;
        document = PackDocument.Build(pack, MainReportOf);
        return WordRenderer.Default.RenderToBytes(document, new WordProperties(null, "Agenda and papers", pack.Meeting.Date));
    }

    private static readonly string[] PaperHeadings =
    [
        "4. Public Outstanding References",
        "5. Q3 Policing Plan Performance 2023-24",
        "6. Quarterly HMICFRS Inspections Update",
        "7. HMICFRS Update on PEEL Inspection 'Requires Improvements'",
        "8. Improving communications and engagement on crime and policing",
        "9. Neighbourhood Policing Strategy Delivery Plan",
        "10. Crime Data Integrity Review",
        "11. Modern Day Slavery and Human Trafficking update",
    ];

    [Fact]
    public void The_pack_renders_as_one_valid_Word_document_with_the_agenda_contents_and_papers_in_agenda_order()
    {
        var docx = PackDocx(out _);
        Assert.Equal(string.Empty, string.Join("\n", WordDocuments.ValidationErrors(docx)));

        var paragraphs = WordDocuments.Paragraphs(docx);
        var paperHeadings = paragraphs.Where(p => p.Style == "Heading2" && char.IsDigit(p.Text[0])).Select(p => p.Text).ToList();
        Assert.Equal(PaperHeadings, paperHeadings);
        var agenda = paragraphs.ToList().IndexOf(("Heading2", "Agenda"));
        var contents = paragraphs.ToList().IndexOf(("TOCHeading", "Contents"));
        var firstPaper = paragraphs.ToList().IndexOf(("Heading2", PaperHeadings[0]));
        Assert.True(agenda > 0 && agenda < contents && contents < firstPaper, $"agenda {agenda}, contents {contents}, first paper {firstPaper}");

        // The contents are a real TOC field over heading levels 1 and 2, with the entries as its result.
        var instruction = WordDocuments.With(docx, d => string.Concat(d.MainDocumentPart!.Document!.Descendants<FieldCode>().Select(f => f.Text)));
        Assert.Contains("TOC \\o \"1-2\"", instruction, StringComparison.Ordinal);
        Assert.Equal(PaperHeadings, ContentsEntries(docx).Where(e => char.IsDigit(e.Text[0])).Select(e => e.Text));
    }

    // What the pack's pages are made of, from the document model: the page breaks before each paper's heading, and the
    // pages added by blocks longer than a page that cannot be split (each starts on a new page and runs on over the
    // pages its lines fill; only one table row in the pack is that long).
    private static (Dictionary<string, (int Breaks, int Overflow)> Before, int Breaks, int Overflow, List<Nhp.Reporting.Documents.Block> Oversized) Model(Document document)
    {
        var before = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        var oversized = new List<Nhp.Reporting.Documents.Block>();
        int breaks = 0, overflow = 0;
        foreach (var block in document.Blocks)
        {
            if (block is Nhp.Reporting.Documents.Heading { Level: 2 } heading)
            {
                before[string.Concat(heading.Content.Select(c => c.PlainText))] = (breaks, overflow);
            }

            breaks += block is Nhp.Reporting.Documents.PageBreak ? 1 : 0;
            var pages = Nhp.Committees.PageEstimate.Pages(PackLayout.Lines(block));
            if (pages > 1)
            {
                oversized.Add(block);
                overflow += pages - 1;
            }
        }

        return (before, breaks, overflow, oversized);
    }

    [Fact]
    public void The_agenda_and_contents_print_the_pages_the_Word_pack_contains()
    {
        var docx = PackDocx(out var document);

        // The page breaks in the Word document before each paper's heading, and in all.
        var (breaksBefore, breaks) = WordDocuments.With(docx, d =>
        {
            var count = 0;
            var before = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var paragraph in d.MainDocumentPart!.Document!.Body!.Elements<Paragraph>())
            {
                if (paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading2")
                {
                    before[WordDocuments.TextOf(paragraph)] = count;
                }

                count += paragraph.Descendants<Break>().Count(b => b.Type?.Value == BreakValues.Page);
            }

            return (before, count);
        });

        // The pages the agenda prints, read from its tables in the document ("Pages 13 - 30").
        var agenda = WordDocuments.With(docx, d => d.MainDocumentPart!.Document!.Body!.Elements<Table>()
            .Where(t => WordDocuments.TextOf(t.Elements<TableRow>().First().Elements<TableCell>().First()) == "Item")
            .SelectMany(t => t.Elements<TableRow>().Skip(1))
            .Select(r => r.Elements<TableCell>().Select(WordDocuments.TextOf).ToArray())
            .Where(cells => cells[4].Length > 0)
            .ToDictionary(cells => cells[0], cells => Pages(cells[4])));

        var model = Model(document);
        Assert.Equal(model.Breaks, breaks);
        Assert.IsType<Nhp.Reporting.Documents.Table>(Assert.Single(model.Oversized));
        Assert.Equal(4, model.Overflow);

        // Each paper starts on the page after the breaks (and overflow) before it, and ends where the next begins.
        Assert.Equal(8, agenda.Count);
        var total = breaks + 1 + model.Overflow;
        for (var i = 0; i < PaperHeadings.Length; i++)
        {
            var number = PaperHeadings[i][..PaperHeadings[i].IndexOf('.', StringComparison.Ordinal)];
            var first = breaksBefore[PaperHeadings[i]] + model.Before[PaperHeadings[i]].Overflow + 1;
            var last = i + 1 < PaperHeadings.Length ? breaksBefore[PaperHeadings[i + 1]] + model.Before[PaperHeadings[i + 1]].Overflow : total;
            Assert.Equal((first, last), agenda[number]);
        }

        // The papers are laid out in pages, not one page each: the performance paper's report runs over several.
        Assert.True(agenda["5"].Last - agenda["5"].First >= 2, $"performance paper pages {agenda["5"]}");

        // The contents print the same first pages.
        var contents = ContentsEntries(docx).Where(e => char.IsDigit(e.Text[0]))
            .ToDictionary(e => e.Text[..e.Text.IndexOf('.', StringComparison.Ordinal)], e => e.Page);
        Assert.Equal(agenda.ToDictionary(a => a.Key, a => a.Value.First), contents);
    }

    [Fact]
    public void The_HTML_pack_prints_the_same_pages_and_breaks_its_pages_in_the_same_places()
    {
        var pack = CityOfLondonCommittees.February2024Pack;
        var document = PackDocument.Build(pack, MainReportOf);
        var html = HtmlRenderer.Default.Render(document);
        var pages = PackDocument.PageNumbers(pack, MainReportOf);
        var model = Model(document);
        foreach (var heading in PaperHeadings)
        {
            var number = heading[..heading.IndexOf('.', StringComparison.Ordinal)];
            var at = html.IndexOf("<h2>" + number + ". ", StringComparison.Ordinal);
            Assert.True(at > 0, heading);
            var breaksBefore = html[..at].Split("<hr class=\"page-break\"").Length - 1;
            Assert.Equal(pages[number].First, breaksBefore + model.Before[heading].Overflow + 1);
            Assert.Contains("<td>" + pages[number] + "</td>", html, StringComparison.Ordinal);
        }

        Assert.Contains("<nav class=\"contents\"", html, StringComparison.Ordinal);
    }

    private static List<(string Text, int Page)> ContentsEntries(byte[] docx) => WordDocuments.With(docx, d => d.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
        .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "TOC2")
        .Select(p => string.Concat(p.Descendants().Select(e => e is DocumentFormat.OpenXml.Wordprocessing.Text t ? t.Text : e is TabChar ? "\t" : string.Empty)))
        .Select(text => (text[..text.LastIndexOf('\t')], int.Parse(text[(text.LastIndexOf('\t') + 1)..], System.Globalization.CultureInfo.InvariantCulture)))
        .ToList());

    private static (int First, int Last) Pages(string text)
    {
        var numbers = text.Replace("Pages", string.Empty, StringComparison.Ordinal).Replace("Page", string.Empty, StringComparison.Ordinal)
            .Split('-', StringSplitOptions.TrimEntries).Select(n => int.Parse(n, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return (numbers[0], numbers[^1]);
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
