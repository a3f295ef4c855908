using Nhp.Datasets.CityOfLondon;
using Nhp.Reporting.Governance;
using Nhp.Testing;

namespace Nhp.Reporting.Tests.Governance;

public sealed class OutstandingReferencesReportTest
{
    private readonly OutstandingReferencesReport report = new();

    [Theory]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Html)]
    [InlineData(ReportFormat.Text)]
    public void The_February_2024_list_renders_as_printed_and_understood(ReportFormat format) =>
        Snapshot.Verify(report.RenderToString(CityOfLondonDataset.February2024, format), format.FileExtension(), [format.FileExtension()]);

    [Fact]
    public void The_lenient_reference_and_the_target_are_shown()
    {
        var markdown = report.RenderToString(CityOfLondonDataset.February2024, ReportFormat.Markdown);

        Assert.Contains("| 10/2023/P |", markdown, StringComparison.Ordinal);
        Assert.Contains("| In Progress-target date set for April/May. | In progress | 31 May 2024 (\u201cApril/May\u201d; year assumed) |", markdown, StringComparison.Ordinal);
        Assert.Contains("3 references: 2 complete, 1 in progress.", markdown, StringComparison.Ordinal);
        Assert.Contains("Reference 10/2023/P is complete but names no owner.", markdown, StringComparison.Ordinal);
    }
}
