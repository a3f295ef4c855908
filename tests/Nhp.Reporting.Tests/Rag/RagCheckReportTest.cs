using Nhp.Datasets.CityOfLondon;
using Nhp.Datasets;
using Nhp.Delivery;
using Nhp.Rag;
using Nhp.Reporting;
using Nhp.Reporting.Rag;
using Nhp.Testing;
using NodaTime;

namespace Nhp.Reporting.Tests.Rag;

public sealed class RagCheckReportTest
{
    [Theory]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Html)]
    [InlineData(ReportFormat.Text)]
    public void The_January_2024_plan_judged_at_the_end_of_January_renders_as_reviewed(ReportFormat format) =>
        Snapshot.Verify(new RagCheckReport().RenderToString(CityOfLondonDataset.February2024, format), format.FileExtension(), [format.FileExtension()]);

    [Theory]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Html)]
    [InlineData(ReportFormat.Text)]
    public void The_January_2024_plan_judged_on_1_April_2024_renders_as_reviewed(ReportFormat format) =>
        Snapshot.Verify(
            new RagCheckReport(RagPolicy.Default, new LocalDate(2024, 4, 1), 30).RenderToString(CityOfLondonDataset.February2024, format),
            format.FileExtension(),
            [format.FileExtension()]);

    [Fact]
    public void By_default_the_report_judges_at_the_last_day_of_the_plans_update_month()
    {
        Assert.Equal(new LocalDate(2024, 1, 31), new RagCheckReport().AsOf(CityOfLondonDataset.February2024.DeliveryPlan!));
        Assert.Equal(new LocalDate(2024, 4, 1), new RagCheckReport(RagPolicy.Default, new LocalDate(2024, 4, 1), 1).AsOf(CityOfLondonDataset.February2024.DeliveryPlan!));
    }

    [Fact]
    public void The_due_to_change_section_lists_what_turns_red_within_the_window()
    {
        var text = new RagCheckReport().RenderToString(CityOfLondonDataset.February2024, ReportFormat.Markdown);
        Assert.Contains("4 deliverables turn RED between 31 January 2024 and 30 April 2024 (the next 90 days) if not updated.", text, StringComparison.Ordinal);
        var shorter = new RagCheckReport(RagPolicy.Default, new LocalDate(2024, 1, 31), 60).RenderToString(CityOfLondonDataset.February2024, ReportFormat.Markdown);
        Assert.Contains("No deliverable turns RED between 31 January 2024 and 31 March 2024 (the next 60 days) if not updated.", shorter, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dataset_without_a_plan_says_so()
    {
        var dataset = CityOfLondonDataset.February2024 with { DeliveryPlan = null };
        Assert.Contains("has no delivery plan", new RagCheckReport().RenderToString(dataset, ReportFormat.Html), StringComparison.Ordinal);
    }

    [Fact]
    public void Rendering_twice_gives_byte_identical_output() =>
        Assert.Equal(new RagCheckReport().RenderToString(CityOfLondonDataset.February2024, ReportFormat.Html), new RagCheckReport().RenderToString(CityOfLondonDataset.February2024, ReportFormat.Html));
}
