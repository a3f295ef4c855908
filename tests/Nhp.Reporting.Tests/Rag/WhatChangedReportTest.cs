using Nhp.Datasets.CityOfLondon;
using Nhp.Datasets;
using Nhp.Delivery;
using Nhp.Rag;
using Nhp.Reporting;
using Nhp.Reporting.Rag;
using Nhp.Testing;
using NodaTime;

namespace Nhp.Reporting.Tests.Rag;

public sealed class WhatChangedReportTest
{
    private readonly WhatChangedReport report = new();

    private static RagSubject S(string code, RagStatus rag, string target, string summary = "") =>
        new(DeliverableCode.Parse(code), rag, Target.Parse(target), summary, new LocalDate(2024, 1, 31));

    private string Render(IEnumerable<RagSubject> older, IEnumerable<RagSubject> newer, ReportFormat format)
    {
        using var writer = new StringWriter();
        report.Render(older, "January 2024", newer, "April 2024", format, writer);
        return writer.ToString();
    }

    [Fact]
    public void Text_from_the_papers_is_escaped_in_html_and_markdown()
    {
        RagSubject[] older = [S("1.1", RagStatus.Amber, "TBC")];
        RagSubject[] newer = [S("1.1", RagStatus.Amber, "<b>|*March*")];
        var html = Render(older, newer, ReportFormat.Html);
        var markdown = Render(older, newer, ReportFormat.Markdown);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;|*March*", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;\\|\\*March\\*", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Identical_papers_say_that_nothing_changed()
    {
        var paper = new[] { S("1.1", RagStatus.Green, "Ongoing") };
        Assert.Contains("No deliverable was added, removed, re-rated or given a new target.", Render(paper, paper, ReportFormat.Markdown), StringComparison.Ordinal);
    }

    // Constructed test data: the January 2024 plan with a hypothetical April 2024 paper (see ConstructedPapers).
    private static NhpDataset WithAprilPaper() =>
        CityOfLondonDataset.February2024 with { DeliveryPlan = ConstructedPapers.WithAprilUpdate(CityOfLondonDataset.February2024.DeliveryPlan!) };

    [Theory]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Html)]
    [InlineData(ReportFormat.Text)]
    public void January_to_a_constructed_April_2024_paper_renders_as_reviewed(ReportFormat format) =>
        Snapshot.Verify(report.RenderToString(WithAprilPaper(), format), format.FileExtension(), [format.FileExtension()]);

    [Fact]
    public void Two_plan_files_compare_the_same_as_two_papers_in_one_plan_history()
    {
        var january = CityOfLondonDataset.February2024.DeliveryPlan!;
        var april = ConstructedPapers.AprilPaperOnly(january);
        using var writer = new StringWriter();
        report.Render(RagSubject.Latest(january), "January 2024", RagSubject.Latest(april), "April 2024", ReportFormat.Markdown, writer);
        Assert.Equal(report.RenderToString(WithAprilPaper(), ReportFormat.Markdown), writer.ToString());
    }

    [Fact]
    public void Two_papers_combined_with_WithUpdatesFrom_compare_the_same_as_the_two_papers()
    {
        var january = CityOfLondonDataset.February2024.DeliveryPlan!;
        var april = ConstructedPapers.AprilPaperOnly(january);
        Assert.Equal(
            RagChanges.Between(january, april),
            RagChanges.Between(january.WithUpdatesFrom(april), new YearMonth(2024, 1), ConstructedPapers.April2024));
    }

    [Fact]
    public void The_constructed_April_paper_moves_are_listed_with_their_direction()
    {
        var changes = RagChanges.Between(ConstructedPapers.WithAprilUpdate(CityOfLondonDataset.February2024.DeliveryPlan!), new YearMonth(2024, 1), ConstructedPapers.April2024);
        Assert.Equal(
            ["0.3 Better", "1.9 Worse", "2.5 Unchanged", "3.6 Unchanged", "4.1 Worse", "4.10 Unchanged", "4.16 Unchanged"],
            changes.Select(c => $"{c.Code} {c.Move}"));
        Assert.Equal(["0.3", "1.9", "2.5", "3.6"], changes.Where(c => c.IsTargetChanged).Select(c => c.Code.ToString()));
    }

    [Theory]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Html)]
    [InlineData(ReportFormat.Text)]
    public void A_dataset_with_one_paper_says_there_is_nothing_to_compare(ReportFormat format) =>
        Assert.Contains("only one status update", report.RenderToString(CityOfLondonDataset.February2024, format), StringComparison.Ordinal);

    [Fact]
    public void A_format_the_report_does_not_support_is_refused() =>
        Assert.Throws<NotSupportedException>(() => report.RenderToString(CityOfLondonDataset.February2024, ReportFormat.Csv));
}
