using Nhp.Datasets.CityOfLondon;
using Nhp.Datasets;
using Nhp.Reporting;
using Nhp.Reporting.Sources;
using Nhp.Testing;
using NodaTime;

namespace Nhp.Reporting.Tests.Sources;

public sealed class SourcesReportTest
{
    private readonly SourcesReport report = new();

    [Theory]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Html)]
    [InlineData(ReportFormat.Text)]
    public void The_default_dataset_renders_as_reviewed(ReportFormat format) =>
        Snapshot.Verify(report.RenderToString(CityOfLondonDataset.February2024, format), format.FileExtension(), [format.FileExtension()]);

    [Fact]
    public void The_sources_page_lists_every_source_the_performance_report_uses()
    {
        var dataset = CityOfLondonDataset.February2024;
        var sources = report.RenderToString(dataset, ReportFormat.Markdown);

        // The paper the measures come from, and the police.uk files whose months the report charts.
        Assert.Contains(dataset.Performance!.Title, sources, StringComparison.Ordinal);
        Assert.Contains("## Public data", sources, StringComparison.Ordinal);
        foreach (var month in dataset.Performance.ContextInUse.Select(c => c.Month).Distinct())
        {
            Assert.Contains(month.ToString("uuuu'-'MM", System.Globalization.CultureInfo.InvariantCulture) + "-city-of-london-street.csv", sources, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("2024-02-city-of-london-street.csv", sources, StringComparison.Ordinal);
    }

    [Fact]
    public void Rendering_twice_gives_byte_identical_output() =>
        Assert.Equal(
            report.RenderToString(CityOfLondonDataset.February2024, ReportFormat.Html),
            report.RenderToString(CityOfLondonDataset.February2024, ReportFormat.Html));

    [Fact]
    public void Text_from_data_is_escaped_in_html_and_markdown()
    {
        var dataset = new NhpDataset
        {
            Name = "<script>alert(1)</script>",
            Sources = [new SourceDocument("A | B <b>", "C & D", new LocalDate(2024, 2, 22), "R*1*")],
        };

        var html = report.RenderToString(dataset, ReportFormat.Html);
        var markdown = report.RenderToString(dataset, ReportFormat.Markdown);

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("C &amp; D", html, StringComparison.Ordinal);
        Assert.Contains("A \\| B &lt;b&gt;", markdown, StringComparison.Ordinal);
        Assert.Contains("R\\*1\\*", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_format_the_report_does_not_support_is_refused_with_the_supported_ones()
    {
        var error = Assert.Throws<NotSupportedException>(() => report.RenderToString(CityOfLondonDataset.February2024, ReportFormat.Csv));

        Assert.Equal("The 'sources' report cannot be rendered as csv; it supports md, html, txt.", error.Message);
    }

    [Fact]
    public void Output_lines_end_in_line_feeds_only() =>
        Assert.DoesNotContain('\r', report.RenderToString(CityOfLondonDataset.February2024, ReportFormat.Html));
}
