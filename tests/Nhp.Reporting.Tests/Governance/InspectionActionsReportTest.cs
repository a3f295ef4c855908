using Nhp.Datasets.CityOfLondon;
using Nhp.Governance;
using Nhp.Governance.Inspections;
using Nhp.Reporting.Governance;
using Nhp.Testing;
using NodaTime;

namespace Nhp.Reporting.Tests.Governance;

public sealed class InspectionActionsReportTest
{
    private readonly InspectionActionsReport report = new();

    [Theory]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Html)]
    [InlineData(ReportFormat.Text)]
    [InlineData(ReportFormat.Csv)]
    public void The_February_2024_update_renders_as_printed(ReportFormat format) =>
        Snapshot.Verify(report.RenderToString(CityOfLondonDataset.February2024, format), format.FileExtension(), [format.FileExtension()]);

    [Theory]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Html)]
    [InlineData(ReportFormat.Text)]
    [InlineData(ReportFormat.Csv)]
    public void With_a_register_the_report_counts_it_and_compares_the_paper(ReportFormat format)
    {
        var dataset = CityOfLondonDataset.February2024 with
        {
            Governance = new GovernanceData { InspectionActions = CityOfLondonDataset.February2024.Governance!.InspectionActions! with { Register = SmallRegister() } },
        };

        Snapshot.Verify(report.RenderToString(dataset, format), format.FileExtension(), [format.FileExtension()]);
    }

    [Fact]
    public void The_default_report_shows_109_open_with_both_splits_and_the_reconciliation()
    {
        var markdown = report.RenderToString(CityOfLondonDataset.February2024, ReportFormat.Markdown);

        Assert.Contains("109 actions are open", markdown, StringComparison.Ordinal);
        Assert.Contains("| Historic or new | Historic (set before 1 April 2023) | 58 | 53% |", markdown, StringComparison.Ordinal);
        Assert.Contains("| New (set on or after 1 April 2023) | 51 | 47% |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Force-specific or national | Force-specific (an inspection of this force) | 23 | 21% |", markdown, StringComparison.Ordinal);
        Assert.Contains("| National (an inspection across forces) | 86 | 79% |", markdown, StringComparison.Ordinal);
        Assert.Contains("200 open in April 2023 + 57 new \u2212 142 closed = 115, but 109 are printed as open now", markdown, StringComparison.Ordinal);
        Assert.Contains(GovernanceRules.ActionTotalsDoNotReconcile, markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_is_in_the_built_in_catalog() =>
        Assert.IsType<InspectionActionsReport>(ReportCatalog.Default.Find("inspection-actions"));

    private static InspectionActionRegister SmallRegister() => new(
    [
        new InspectionAction { Id = "PEEL-01", Kind = ActionKind.AreaForImprovement, Inspection = "PEEL 2021/22", Scope = ActionScope.ForceSpecific, Directorate = "Local Policing", Owner = "Supt Local Policing", Raised = new LocalDate(2022, 8, 12), StatusText = "In progress" },
        new InspectionAction { Id = "PEEL-02", Kind = ActionKind.AreaForImprovement, Inspection = "PEEL 2021/22", Scope = ActionScope.ForceSpecific, Directorate = "Corporate Services", Raised = new LocalDate(2022, 8, 12), Closed = new LocalDate(2023, 10, 2), StatusText = "Closed" },
        new InspectionAction { Id = "VAWG-04", Inspection = "Police response to violence against women and girls", Directorate = "Specialist Operations", Owner = "DCI Public Protection", Raised = new LocalDate(2021, 9, 14), StatusText = "Awaiting sign-off" },
        new InspectionAction { Id = "VET-07", Inspection = "Vetting, misconduct and misogyny", Directorate = "Professionalism and Trust", Owner = "Head of Vetting", Raised = new LocalDate(2022, 11, 2), Closed = new LocalDate(2023, 3, 1) },
        new InspectionAction { Id = "CUST-02", Inspection = "Custody thematic", Directorate = "Specialist Operations", Owner = "Ch Insp Custody", Raised = new LocalDate(2023, 7, 20), StatusText = "In progress <review>" },
    ]);
}
