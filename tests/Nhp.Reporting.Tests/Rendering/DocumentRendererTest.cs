using Nhp.Findings;
using Nhp.Reporting.Documents;
using Nhp.Reporting.Rendering;
using Nhp.Testing;

namespace Nhp.Reporting.Tests.Rendering;

public sealed class DocumentRendererTest
{
    [Theory]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Html)]
    [InlineData(ReportFormat.Text)]
    public void A_document_with_every_block_renders_as_reviewed(ReportFormat format) =>
        Snapshot.Verify(DocumentRenderer.For(format).Render(SampleDocuments.Everything()), format.FileExtension(), [format.FileExtension()]);

    [Theory]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Html)]
    [InlineData(ReportFormat.Text)]
    public void Rendering_twice_gives_byte_identical_output(ReportFormat format) =>
        Assert.Equal(DocumentRenderer.For(format).Render(SampleDocuments.Everything()), DocumentRenderer.For(format).Render(SampleDocuments.Everything()));

    [Fact]
    public void Text_that_looks_like_html_is_escaped_in_every_html_element()
    {
        const string evil = "<script>alert('x')</script>";
        var document = new DocumentBuilder(evil)
            .Subtitle(evil)
            .Heading(evil)
            .Paragraph(evil, new Strong(evil), new Code(evil), new RagBadge(evil))
            .Table([new TableColumn(evil)], [TableRow.Of(evil)], caption: evil)
            .Findings([new Finding("x.y", Severity.Info, evil, null, evil)])
            .Build();
        var html = HtmlRenderer.Default.Render(document);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_finding_is_written_with_its_rule_id_in_every_format()
    {
        var document = new DocumentBuilder("t").Findings([new Finding("cdi.audit.count-negative", Severity.Error, "Violence", "disclosed", "A count cannot be negative.")]).Build();
        foreach (var format in DocumentRenderer.DocumentFormats)
        {
            Assert.Contains("cdi.audit.count-negative", DocumentRenderer.For(format).Render(document), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Markdown_table_cells_cannot_break_the_table()
    {
        var document = new DocumentBuilder("t").Table([new TableColumn("a"), new TableColumn("b")], [TableRow.Of("x | y", "two\nlines")]).Build();
        var markdown = MarkdownRenderer.Default.Render(document);
        Assert.Contains("| x \\| y | two<br>lines |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_cell_of_a_Markdown_totals_row_is_left_empty_not_written_as_empty_bold()
    {
        var document = new DocumentBuilder("t").Table([new TableColumn("a"), new TableColumn("b")], [TableRow.Of("x", "1")], totals: TableRow.Of("Total", string.Empty)).Build();
        var markdown = MarkdownRenderer.Default.Render(document);
        Assert.Contains("| **Total** |  |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("****", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_html_fragment_has_no_page_around_it_and_its_stylesheet_colours_every_palette_level()
    {
        var renderer = new HtmlRenderer(fragment: true);
        var html = renderer.Render(SampleDocuments.Everything());
        Assert.StartsWith("<article class=\"nhp-report\">\n<h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", html, StringComparison.Ordinal);
        foreach (var key in RagPalette.Default.Keys)
        {
            Assert.Contains(".rag-" + key + " {", renderer.Stylesheet, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Plain_text_right_aligns_numeric_columns()
    {
        var document = new DocumentBuilder("t").Table([new TableColumn("Name"), TableColumn.Numeric("Count")], [TableRow.Of("a", "5"), TableRow.Of("bb", "1,816")]).Build();
        var text = PlainTextRenderer.Default.Render(document);
        Assert.Contains("Name  Count\n----  -----\na         5\nbb    1,816\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void CSV_and_iCalendar_are_not_document_formats()
    {
        Assert.Throws<NotSupportedException>(() => DocumentRenderer.For(ReportFormat.Csv));
        Assert.Throws<NotSupportedException>(() => DocumentRenderer.For(ReportFormat.ICalendar));
    }

    [Theory]
    [InlineData("# not a heading", "\\# not a heading")]
    [InlineData("- not a list", "\\- not a list")]
    [InlineData("2024. A year", "2024\\. A year")]
    [InlineData("2024 was a year", "2024 was a year")]
    public void A_markdown_paragraph_that_starts_like_other_markup_stays_a_paragraph(string text, string expected)
    {
        var markdown = MarkdownRenderer.Default.Render(new DocumentBuilder("t").Paragraph(text).Build());
        Assert.Equal("# t\n\n" + expected + "\n", markdown);
    }

    [Fact]
    public void Plain_text_wraps_long_text_cells_so_that_the_table_fits_its_width()
    {
        var words = string.Join(" ", Enumerable.Repeat("commitment", 12));
        var document = new DocumentBuilder("t").Table([new TableColumn("Code"), new TableColumn("Commitment")], [TableRow.Of("1.1", words)]).Build();
        var text = new PlainTextRenderer(width: 40).Render(document);
        var tableLines = text.Split('\n').Skip(3).Where(l => l.Length > 0).ToArray();
        Assert.All(tableLines, l => Assert.True(l.Length <= 40, l));
        Assert.Equal(12, string.Concat(tableLines.Skip(2)).Split("commitment").Length - 1);
        Assert.StartsWith("1.1   commitment commitment", tableLines[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<b>&\"'</b>", "&lt;b&gt;&amp;&quot;&#39;&lt;/b&gt;")]
    [InlineData("plain £", "plain £")]
    public void Html_escapes_every_markup_character_and_nothing_else(string text, string expected)
    {
        var html = HtmlRenderer.Default.Render(new DocumentBuilder("t").Paragraph(text).Build());
        Assert.Contains("<p>" + expected + "</p>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Escaping_no_text_gives_no_text(string? text)
    {
        Assert.Equal(string.Empty, HtmlRenderer.Escape(text));
        Assert.Equal(string.Empty, MarkdownRenderer.Escape(text, inCell: true));
        Assert.Equal(string.Empty, MarkdownRenderer.Escape(text, inCell: false));
    }

    [Fact]
    public void A_html_page_is_self_contained_printable_and_script_free()
    {
        var page = HtmlRenderer.Default.Render(new DocumentBuilder("Plan <Jan>").Paragraph("x").Build());
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">", page, StringComparison.Ordinal);
        Assert.Contains("<title>Plan &lt;Jan&gt;</title>", page, StringComparison.Ordinal);
        Assert.Contains("@media print", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http", page.Replace("http://www.w3.org", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a | b", "a \\| b")]
    [InlineData("two\nlines", "two<br>lines")]
    [InlineData("two\r\nlines", "two<br>lines")]
    [InlineData("<ul><li>x</li></ul>", "&lt;ul&gt;&lt;li&gt;x&lt;/li&gt;&lt;/ul&gt;")]
    [InlineData("*bold* _em_ `code` [link]", "\\*bold\\* \\_em\\_ \\`code\\` \\[link\\]")]
    [InlineData("back\\slash", "back\\\\slash")]
    public void Markdown_table_cell_text_is_shown_not_interpreted(string text, string expected)
    {
        var markdown = MarkdownRenderer.Default.Render(new DocumentBuilder("t").Table([new TableColumn("a")], [TableRow.Of(text)]).Build());
        Assert.Contains("| " + expected + " |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_text_outside_a_table_keeps_a_line_break_as_a_space() =>
        Assert.Equal("two lines \\| &lt;b&gt;", MarkdownRenderer.Escape("two\nlines | <b>", inCell: false));
}
