using Nhp.Datasets.CityOfLondon;
using System.Text.RegularExpressions;
using Nhp.Datasets;
using Nhp.Delivery;
using Nhp.Findings;
using Nhp.Rag;
using Nhp.Reporting;
using Nhp.Reporting.Delivery;
using Nhp.Reporting.Tests.Rag;
using Nhp.Testing;
using NodaTime;

namespace Nhp.Reporting.Tests.Delivery;

// The delivery plan report judged by RAG rules (the RagPolicy constructor of DeliveryPlanReport).
public sealed partial class DeliveryPlanReportRagTest
{
    // A force's own rule, written here as a caller would: RED requires a recovery date in the summary.
    private static readonly RagRule RedNeedsRecoveryDate = new(
        "force.red.recovery-date",
        "RED without a recovery date",
        Severity.Warning,
        "deliverable {code} is {reported} but its summary gives no recovery date; say when it will be back on track.",
        (s, _) => s.Reported == RagStatus.Red && !RecoveryDate().IsMatch(s.Summary));

    [GeneratedRegex(@"\b\d{1,2}/\d{1,2}/\d{4}\b")]
    private static partial Regex RecoveryDate();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // Constructed test data: the hypothetical April 2024 paper (see ConstructedPapers).
    private static NhpDataset AprilPaper() =>
        CityOfLondonDataset.February2024 with { DeliveryPlan = ConstructedPapers.WithAprilUpdate(CityOfLondonDataset.February2024.DeliveryPlan!) };

    [Theory]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Html)]
    [InlineData(ReportFormat.Text)]
    public void The_January_2024_plan_judged_on_1_April_2024_shows_each_deliverables_findings(ReportFormat format) =>
        Snapshot.Verify(
            new DeliveryPlanReport(RagPolicy.Default, new LocalDate(2024, 4, 1), 30).RenderToString(CityOfLondonDataset.February2024, format),
            format.FileExtension(),
            [format.FileExtension()]);

    [Theory]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Html)]
    [InlineData(ReportFormat.Text)]
    public void A_custom_rule_runs_alongside_the_built_ins_and_shows_in_the_report(ReportFormat format)
    {
        var report = new DeliveryPlanReport(RagPolicy.Default.With(RedNeedsRecoveryDate), new LocalDate(2024, 4, 15), 180);
        var text = report.RenderToString(AprilPaper(), format);
        Snapshot.Verify(text, format.FileExtension(), [format.FileExtension()]);

        // Plain text wraps long lines: compare the words.
        text = Whitespace().Replace(text, " ");
        Assert.Contains("RED without a recovery date (as at 15 April 2024): deliverable 1.9 is RED but its summary gives no recovery date", text, StringComparison.Ordinal);
        Assert.DoesNotContain("deliverable 4.1 is RED but its summary gives no recovery date", text, StringComparison.Ordinal);
        Assert.Contains("No target date (as at 15 April 2024): deliverable 4.16", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_due_to_change_section_comes_after_the_objectives()
    {
        var text = new DeliveryPlanReport(RagPolicy.Default, new LocalDate(2024, 3, 1), 31).RenderToString(CityOfLondonDataset.February2024, ReportFormat.Markdown);
        Assert.True(text.IndexOf("## Due to change", StringComparison.Ordinal) > text.IndexOf("## Objective 4", StringComparison.Ordinal));
        Assert.Contains("4 deliverables turn RED between 1 March 2024 and 1 April 2024 (the next 31 days) if not updated.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_without_a_policy_is_unchanged_and_has_no_due_to_change_section() =>
        Assert.DoesNotContain("Due to change", new DeliveryPlanReport().RenderToString(CityOfLondonDataset.February2024, ReportFormat.Markdown), StringComparison.Ordinal);
}
