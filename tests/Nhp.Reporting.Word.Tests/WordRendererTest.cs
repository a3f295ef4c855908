using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Nhp.Datasets.CityOfLondon;
using Nhp.Findings;
using Nhp.Reporting.Documents;
using NodaTime;
using WParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using WTable = DocumentFormat.OpenXml.Wordprocessing.Table;
using Document = Nhp.Reporting.Documents.Document;
using TableCell = Nhp.Reporting.Documents.TableCell;
using WTableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = Nhp.Reporting.Documents.TableRow;
using WTableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;
using Heading = Nhp.Reporting.Documents.Heading;
using Emphasis = Nhp.Reporting.Documents.Emphasis;

namespace Nhp.Reporting.Word.Tests;

public sealed class WordRendererTest
{
    private const string Svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"100\" role=\"img\"><title>Dot</title><circle cx=\"5\" cy=\"5\" r=\"4\"/></svg>";

    private static readonly WordProperties Properties = new("Claire Flinter", "Q3 Policing Plan Performance 2023-24", new LocalDate(2024, 2, 22));

    private static Document Everything() => new DocumentBuilder("Every block <and> inline")
        .Subtitle("Force A | ", new Strong("22 February 2024"))
        .Heading("Text")
        .Paragraph("Plain & <b>not bold</b> and ", new Strong("strong"), ", ", new Emphasis("emphasis"), ", ", new Code("rule.id"), ", ", new Link("a link", "https://example.org/a"), " and ", new RagBadge("AMBER"), ".")
        .Note("A note: 3 < 4 & 5 > 4.")
        .Bullets(["first", "second"])
        .Definitions([("As at", "1 April 2024")])
        .Subheading("A table")
        .Table(
            [new TableColumn("Category"), TableColumn.Numeric("Disclosed"), new TableColumn("Status")],
            [TableRow.Of("Violence", "49", new RagBadge("GREEN")), TableRow.Of("Line one\nline two", "85", new RagBadge("RED"))],
            totals: TableRow.Of("Total", "134", TableCell.Empty),
            caption: "Compliance by category",
            rowHeaders: true)
        .Heading("Findings")
        .Findings([new Finding("rag.deadline.missed", Severity.Error, "3.6", "rag", "Deadline missed.")])
        .Figure("A dot", "One dot in the middle.", Svg)
        .Add(new Contents("Contents", 2, [new ContentsEntry(1, "Every block <and> inline", 1), new ContentsEntry(2, "Text", 1), new ContentsEntry(2, "After the break", 2)]))
        .Add(PageBreak.Instance)
        .Heading("After the break")
        .Build();

    [Fact]
    public void A_document_with_every_block_is_valid_Open_XML() =>
        Assert.Equal(string.Empty, string.Join("\n", WordDocuments.ValidationErrors(WordRenderer.Default.RenderToBytes(Everything(), Properties))));

    [Fact]
    public void The_same_document_gives_the_same_bytes()
    {
        var first = WordRenderer.Default.RenderToBytes(Everything(), Properties);
        var second = WordRenderer.Default.RenderToBytes(Everything(), Properties);
        Assert.Equal(first, second);
    }

    [Fact]
    public void The_title_and_headings_are_Word_heading_styles_that_the_styles_part_defines_with_outline_levels()
    {
        var docx = WordRenderer.Default.RenderToBytes(Everything(), Properties);
        var paragraphs = WordDocuments.Paragraphs(docx);
        Assert.Equal(("Heading1", "Every block <and> inline"), paragraphs[0]);
        Assert.Contains(("Heading2", "Text"), paragraphs);
        Assert.Contains(("Heading3", "A table"), paragraphs);
        Assert.Contains(("Heading2", "After the break"), paragraphs);

        var outline = WordDocuments.With(docx, d => d.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>()
            .Where(s => s.StyleId?.Value?.StartsWith("Heading", StringComparison.Ordinal) == true)
            .ToDictionary(s => s.StyleId!.Value!, s => s.StyleParagraphProperties?.OutlineLevel?.Val?.Value));
        Assert.Equal(6, outline.Count);
        for (var level = 1; level <= 6; level++)
        {
            Assert.Equal(level - 1, outline["Heading" + level]);
        }
    }

    [Fact]
    public void Reading_the_document_back_gives_its_text()
    {
        var paragraphs = WordDocuments.Paragraphs(WordRenderer.Default.RenderToBytes(Everything(), Properties));
        Assert.Contains(("Normal", "Plain & <b>not bold</b> and strong, emphasis, rule.id, a link and AMBER."), paragraphs);
        Assert.Contains(("Note", "A note: 3 < 4 & 5 > 4."), paragraphs);
        Assert.Contains(("ListBullet", "second"), paragraphs);
        Assert.Contains(("Normal", "As at: 1 April 2024"), paragraphs);
        Assert.Contains(("ListBullet", "error rag.deadline.missed 3.6: Deadline missed."), paragraphs);
        Assert.Contains(("Caption", "Figure 1: A dot. One dot in the middle."), paragraphs);
    }

    [Fact]
    public void A_table_repeats_its_header_row_and_shades_RAG_cells_in_the_palette_colour_with_the_word_written()
    {
        var docx = WordRenderer.Default.RenderToBytes(Everything(), Properties);
        WordDocuments.With(docx, d =>
        {
            var table = d.MainDocumentPart!.Document!.Body!.Elements<WTable>().Single();
            var rows = table.Elements<WTableRow>().ToList();
            Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<TableHeader>());
            Assert.All(rows.Skip(1), r => Assert.Null(r.TableRowProperties?.GetFirstChild<TableHeader>()));
            Assert.Equal(["Category", "Disclosed", "Status"], rows[0].Elements<WTableCell>().Select(WordDocuments.TextOf));

            // GREEN is #00703c and RED #d4351c in the default palette.
            var green = rows[1].Elements<WTableCell>().Last();
            Assert.Equal("GREEN", WordDocuments.TextOf(green));
            Assert.Equal("00703C", green.TableCellProperties!.Shading!.Fill!.Value);
            var red = rows[2].Elements<WTableCell>().Last();
            Assert.Equal("RED", WordDocuments.TextOf(red));
            Assert.Equal("D4351C", red.TableCellProperties!.Shading!.Fill!.Value);
            Assert.Equal("Line one\nline two", WordDocuments.TextOf(rows[2].Elements<WTableCell>().First()));
            return 0;
        });
    }

    [Fact]
    public void A_figure_is_embedded_as_SVG_with_a_PNG_fallback_and_its_description_as_alt_text()
    {
        var docx = WordRenderer.Default.RenderToBytes(Everything(), Properties);
        WordDocuments.With(docx, d =>
        {
            var images = d.MainDocumentPart!.ImageParts.Select(p => p.ContentType).Order().ToList();
            Assert.Equal(["image/png", "image/svg+xml"], images);
            var svgPart = d.MainDocumentPart.ImageParts.Single(p => p.ContentType == "image/svg+xml");
            using var reader = new StreamReader(svgPart.GetStream());
            Assert.Equal(Svg, reader.ReadToEnd());
            var png = d.MainDocumentPart.ImageParts.Single(p => p.ContentType == "image/png");
            using var pngStream = png.GetStream();
            var signature = new byte[8];
            pngStream.ReadExactly(signature);
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, signature);
            var docPr = d.MainDocumentPart.Document!.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>().Single();
            Assert.Equal("A dot. One dot in the middle.", docPr.Description!.Value);

            // 200 by 100 pixels at 9,525 EMU a pixel.
            var extent = d.MainDocumentPart.Document.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.Extent>().Single();
            Assert.Equal((1905000L, 952500L), (extent.Cx!.Value, extent.Cy!.Value));
            Assert.Contains("asvg:svgBlip", d.MainDocumentPart.Document.OuterXml, StringComparison.Ordinal);
            return 0;
        });
    }

    [Fact]
    public void The_footer_numbers_the_pages_and_the_properties_carry_title_author_subject_and_the_given_date()
    {
        var docx = WordRenderer.Default.RenderToBytes(Everything(), Properties);
        WordDocuments.With(docx, d =>
        {
            var footer = d.MainDocumentPart!.FooterParts.Single().Footer!;
            Assert.Equal([" PAGE ", " NUMPAGES "], footer.Descendants<SimpleField>().Select(f => f.Instruction!.Value));
            Assert.Equal("Every block <and> inline", d.PackageProperties.Title);
            Assert.Equal("Claire Flinter", d.PackageProperties.Creator);
            Assert.Equal("Q3 Policing Plan Performance 2023-24", d.PackageProperties.Subject);
            Assert.Equal(new DateTime(2024, 2, 22, 0, 0, 0, DateTimeKind.Utc), d.PackageProperties.Created!.Value.ToUniversalTime());
            return 0;
        });
    }

    [Fact]
    public void Contents_are_a_TOC_field_over_the_heading_levels_with_the_entries_and_pages_as_its_result()
    {
        var docx = WordRenderer.Default.RenderToBytes(Everything(), Properties);
        var (fieldChars, instruction, entries, styles) = WordDocuments.With(docx, d =>
        {
            var body = d.MainDocumentPart!.Document!.Body!;
            var chars = body.Descendants<FieldChar>().Select(f => f.FieldCharType!.Value).ToList();
            var code = string.Concat(body.Descendants<FieldCode>().Select(f => f.Text));
            var lines = body.Elements<WParagraph>()
                .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value?.StartsWith("TOC", StringComparison.Ordinal) == true)
                .Select(p => (p.ParagraphProperties!.ParagraphStyleId!.Val!.Value!, string.Concat(p.Descendants().Select(e => e is DocumentFormat.OpenXml.Wordprocessing.Text t ? t.Text : e is TabChar ? "\t" : string.Empty))))
                .ToList();
            var defined = d.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!, s => s.StyleParagraphProperties?.OutlineLevel);
            return (chars, code, lines, defined);
        });

        Assert.Equal([FieldCharValues.Begin, FieldCharValues.Separate, FieldCharValues.End], fieldChars);
        Assert.Equal(" TOC \\o \"1-2\" \\h \\z \\u ", instruction);
        Assert.Equal(
            [("TOCHeading", "Contents"), ("TOC1", "Every block <and> inline\t1"), ("TOC2", "Text\t1"), ("TOC2", "After the break\t2")],
            entries);

        // The entry styles are Word's own (so an update keeps them); the contents' title is not a heading.
        Assert.True(styles.ContainsKey("TOC1") && styles.ContainsKey("TOC2"));
        Assert.Null(styles["TOCHeading"]);
    }

    [Fact]
    public void A_page_break_starts_a_new_page()
    {
        var docx = WordRenderer.Default.RenderToBytes(Everything(), Properties);
        var breaks = WordDocuments.With(docx, d => d.MainDocumentPart!.Document!.Descendants<Break>().Count(b => b.Type?.Value == BreakValues.Page));
        Assert.Equal(1, breaks);
    }

    public static TheoryData<string> ReportIds() => [.. ReportCatalog.Default.Reports.Select(r => r.Id)];

    [Theory]
    [MemberData(nameof(ReportIds))]
    public void Every_catalog_report_is_valid_Open_XML_with_real_headings_and_its_text(string id)
    {
        var report = ReportCatalog.Default.Find(id)!;
        using var stream = new MemoryStream();
        report.RenderWord(CityOfLondonDataset.February2024, stream, Properties);
        var docx = stream.ToArray();
        Assert.Equal(string.Empty, string.Join("\n", WordDocuments.ValidationErrors(docx)));

        var document = ((DocumentReport)report).Build(CityOfLondonDataset.February2024);
        var paragraphs = WordDocuments.Paragraphs(docx);
        Assert.Equal(("Heading1", document.Title), paragraphs[0]);
        var headings = document.Blocks.OfType<Heading>().Select(h => ("Heading" + h.Level, string.Concat(h.Content.Select(i => i.PlainText)))).ToList();
        Assert.Equal(headings, paragraphs.Where(p => p.Style.StartsWith("Heading", StringComparison.Ordinal)).Skip(1).ToList());
        foreach (var paragraph in document.Blocks.OfType<Documents.Paragraph>())
        {
            Assert.Contains(("Normal", string.Concat(paragraph.Content.Select(i => i.PlainText))), paragraphs);
        }
    }
}
