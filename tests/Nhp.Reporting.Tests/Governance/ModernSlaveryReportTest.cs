using Nhp.Datasets.CityOfLondon;
using Nhp.Reporting.Governance;
using Nhp.Testing;

namespace Nhp.Reporting.Tests.Governance;

public sealed class ModernSlaveryReportTest
{
    private readonly ModernSlaveryReport report = new();

    [Theory]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Html)]
    [InlineData(ReportFormat.Text)]
    [InlineData(ReportFormat.Csv)]
    public void The_February_2024_tables_render_with_their_checks(ReportFormat format) =>
        Snapshot.Verify(report.RenderToString(CityOfLondonDataset.February2024, format), format.FileExtension(), [format.FileExtension()]);

    [Fact]
    public void The_outcomes_show_their_home_office_types_and_the_positive_outcomes()
    {
        var markdown = report.RenderToString(CityOfLondonDataset.February2024, ReportFormat.Markdown);

        Assert.Contains("| 18: Investigation complete no suspect identified | 18: Investigation complete – no suspect identified | No | 25 |", markdown, StringComparison.Ordinal);
        Assert.Contains("Positive outcomes (Home Office outcome types 1\u20134 and 6\u20138): 1 of 41 (2.4%).", markdown, StringComparison.Ordinal);
        Assert.Contains("| **Total** | **18** | **5** | **3** | **6** | **9** | **41** |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_is_in_the_built_in_catalog() =>
        Assert.IsType<ModernSlaveryReport>(ReportCatalog.Default.Find("modern-slavery"));
}
