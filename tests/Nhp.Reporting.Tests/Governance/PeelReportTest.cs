using Nhp.Datasets.CityOfLondon;
using Nhp.Governance;
using Nhp.Governance.Inspections;
using Nhp.Governance.Peel;
using Nhp.Reporting.Governance;
using Nhp.Testing;
using NodaTime;

namespace Nhp.Reporting.Tests.Governance;

public sealed class PeelReportTest
{
    private readonly PeelReport report = new();

    [Theory]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Html)]
    [InlineData(ReportFormat.Text)]
    public void The_February_2024_areas_render_as_printed_with_their_status_and_linked_deliverables(ReportFormat format) =>
        Snapshot.Verify(report.RenderToString(CityOfLondonDataset.February2024, format), format.FileExtension(), [format.FileExtension()]);

    [Fact]
    public void The_neighbourhood_policing_areas_show_the_RAG_of_their_deliverables()
    {
        var markdown = report.RenderToString(CityOfLondonDataset.February2024, ReportFormat.Markdown);

        // The plan (January 2024) rates 0.3, the performance framework, AMBER: the worst of afi-01's five deliverables.
        Assert.Contains("| afi-01 | Area for improvement | Preventing crime and anti-social behaviour | In progress | 2 | 0.1, 0.2, 0.3, 0.4, 4.11 | **AMBER** |", markdown, StringComparison.Ordinal);
        Assert.Contains("| 0.3 | Create Neighbourhood Policing Performance Framework | **AMBER** |", markdown, StringComparison.Ordinal);
        Assert.Contains("*The force should develop a strategy for providing neighbourhood policing with a governance framework that will improve performance*", markdown, StringComparison.Ordinal);
        Assert.Contains("**Paragraph 4:** Internal governance has been strengthened", markdown, StringComparison.Ordinal);
        Assert.Contains("**Paragraph (no number printed):** The Neighbourhood Policing & Engagement Strategy (NHP) has been published", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_area_is_listed_with_its_status_understood()
    {
        var markdown = report.RenderToString(CityOfLondonDataset.February2024, ReportFormat.Markdown);

        Assert.Contains("11 areas for improvement and 1 recommendation: 1 closed or met, 11 in progress, 0 with no status stated.", markdown, StringComparison.Ordinal);
        Assert.Contains("**Status:** Closed (met), as printed for this area: *CoLP has met the requirements of this area of improvement*", markdown, StringComparison.Ordinal);
        Assert.Contains("| rec-01 | Recommendation | Serious Organised Crime | In progress | 1 | — | — |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Linked_register_actions_decide_the_status()
    {
        var update = new PeelUpdate
        {
            Title = "Update",
            Inspection = "PEEL 2021/22",
            AsOf = new LocalDate(2024, 2, 22),
            Areas = [new AreaForImprovement { Id = "afi-01", Text = "Improve.", Progress = [new ProgressParagraph { Number = 1, Text = "Done." }], Actions = ["A1", "A2"] }],
        };
        var register = new InspectionActionRegister(
        [
            new InspectionAction { Id = "A1", Inspection = "PEEL", Owner = "X", Raised = new LocalDate(2022, 8, 1), Closed = new LocalDate(2023, 6, 1) },
            new InspectionAction { Id = "A2", Inspection = "PEEL", Owner = "X", Raised = new LocalDate(2022, 8, 1), Closed = new LocalDate(2024, 2, 23) },
        ]);

        var markdown = Nhp.Reporting.Rendering.DocumentRenderer.For(ReportFormat.Markdown).Render(PeelReport.Build(update, register, null, null, "Test"));

        // A2 closes the day after the update, so at 22 February one of the two is open.
        Assert.Contains("**Status:** In progress, from the register: 2 linked actions, 1 open at 22 February 2024.", markdown, StringComparison.Ordinal);
        Assert.Contains("| A2 | PEEL | Open | — |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dataset_without_an_update_says_so() =>
        Assert.Contains("no update on the areas for improvement", report.RenderToString(new Datasets.NhpDataset { Name = "Empty" }, ReportFormat.Text), StringComparison.Ordinal);

    [Fact]
    public void The_report_is_in_the_built_in_catalog() =>
        Assert.IsType<PeelReport>(ReportCatalog.Default.Find("peel"));
}
