using Nhp.Datasets.CityOfLondon;
using Nhp.Datasets;

namespace Nhp.Reporting.Tests;

public sealed class ReportCatalogTest
{
    private sealed class FakeReport(string id) : IReport
    {
        public string Id => id;

        public string Title => id;

        public IReadOnlyList<ReportFormat> Formats => [ReportFormat.Markdown];

        public void Render(NhpDataset dataset, ReportFormat format, TextWriter writer) => writer.Write(id);
    }

    [Fact]
    public void The_default_catalog_holds_every_built_in_report_with_unique_lower_case_ids()
    {
        var ids = ReportCatalog.Default.Reports.Select(r => r.Id).ToList();

        Assert.Contains("sources", ids);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(ids, id => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", id));
    }

    [Fact]
    public void Every_built_in_report_renders_every_format_it_declares_for_the_default_dataset()
    {
        foreach (var report in ReportCatalog.Default.Reports)
        {
            Assert.NotEmpty(report.Formats);
            foreach (var format in report.Formats)
            {
                Assert.False(string.IsNullOrWhiteSpace(report.RenderToString(CityOfLondonDataset.February2024, format)), $"{report.Id} as {format}");
            }
        }
    }

    [Fact]
    public void Reports_are_found_by_id_ignoring_case()
    {
        var catalog = new ReportCatalog([new FakeReport("one"), new FakeReport("two")]);

        Assert.Equal("two", catalog.Find("TWO")?.Id);
        Assert.Null(catalog.Find("three"));
        Assert.Equal(["one", "two"], catalog.Reports.Select(r => r.Id));
    }

    [Fact]
    public void Two_reports_with_one_id_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new ReportCatalog([new FakeReport("x"), new FakeReport("X")]));

        Assert.Contains("'X'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_built_in_report_is_a_document_and_exists_in_every_document_format()
    {
        foreach (var report in ReportCatalog.Default.Reports)
        {
            var document = Assert.IsAssignableFrom<DocumentReport>(report);
            Assert.Equal([ReportFormat.Markdown, ReportFormat.Html, ReportFormat.Text], report.Formats.Take(3));
            var built = document.Build(CityOfLondonDataset.February2024);
            Assert.False(string.IsNullOrWhiteSpace(built.Title), report.Id);
            Assert.NotEmpty(built.Blocks);
        }
    }
}
