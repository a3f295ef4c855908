using Nhp.Datasets;
using Nhp.Datasets.CityOfLondon;
using Nhp.Datasets.ThamesValley;
using Nhp.Frameworks;
using Nhp.Governance;
using Nhp.Governance.Inspections;
using Nhp.ProblemSolving;
using Nhp.Reporting.Frameworks;
using Nhp.Reporting.Policing;
using Nhp.Reporting.ProblemSolving;
using Nhp.Reporting.Reviews;
using Nhp.Reviews;
using Nhp.Testing;
using NodaTime;

namespace Nhp.Reporting.Tests.Organisation;

/// <summary>Snapshots of the problem-solving, framework-assessment, policing-model and review-recommendations reports in every document format.</summary>
public sealed class OrganisationReportsTest
{
    public static TheoryData<string, ReportFormat, string> Cases => new()
    {
        { "problem-solving", ReportFormat.Markdown, "md" }, { "problem-solving", ReportFormat.Html, "html" }, { "problem-solving", ReportFormat.Text, "txt" },
        { "framework-assessment", ReportFormat.Markdown, "md" }, { "framework-assessment", ReportFormat.Html, "html" }, { "framework-assessment", ReportFormat.Text, "txt" },
        { "policing-model", ReportFormat.Markdown, "md" }, { "policing-model", ReportFormat.Html, "html" }, { "policing-model", ReportFormat.Text, "txt" },
        { "review-recommendations", ReportFormat.Markdown, "md" }, { "review-recommendations", ReportFormat.Html, "html" }, { "review-recommendations", ReportFormat.Text, "txt" },
    };

    public static TheoryData<ReportFormat, string> Formats => new() { { ReportFormat.Markdown, "md" }, { ReportFormat.Html, "html" }, { ReportFormat.Text, "txt" } };

    internal static NhpDataset Dataset => CityOfLondonDataset.February2024 with
    {
        ProblemSolving = new ProblemSolvingRegister
        {
            Name = "Example register",
            AsOf = new LocalDate(2024, 3, 31),
            Plans =
            [
                new ProblemSolvingPlan
                {
                    Reference = "PS-1", Title = "Cycle theft <at> the station", Area = "North", Owner = "PS 1402", Opened = new LocalDate(2023, 9, 4),
                    Stages = [new(ProblemSolvingStage.Scanning, "Thefts rose from 9 to 23 a quarter.", new LocalDate(2023, 9, 4)), new(ProblemSolvingStage.Response, "Racks moved under cameras.", new LocalDate(2023, 11, 6))],
                    Reviews = [new LocalDate(2023, 12, 4)],
                },
                new ProblemSolvingPlan
                {
                    Reference = "PS-2", Title = "Street drinking", Method = ProblemSolvingMethod.Osara, Area = "Central", Opened = new LocalDate(2023, 10, 16),
                    Stages = [new(ProblemSolvingStage.Objective, "Cut calls by a third.", new LocalDate(2023, 10, 16))],
                    Status = ProblemSolvingStatus.Closed, Closed = new LocalDate(2024, 3, 1), Evaluation = "Calls fell from 41 to 25.", Lessons = "Agreements with off-licences work.",
                },
            ],
        },
        Framework = new FrameworkAssessments
        {
            Framework = KnownFrameworks.FourPillars,
            Assessments =
            [
                new SelfAssessment { Unit = "North LPA", Date = new LocalDate(2016, 6, 17), Ratings = [new("V1", "developing", "Demand data issued."), new("E1", "established", "World Café event.")] },
                new SelfAssessment { Unit = "North LPA", Date = new LocalDate(2016, 12, 9), Ratings = [new("V1", "established", "All wards."), new("E1", "established", "Two events."), new("P1", "developing")] },
                new SelfAssessment { Unit = "South LPA", Date = new LocalDate(2016, 12, 9), Ratings = [new("V1", "embedded", "Patrol plans.")] },
            ],
            Progress = [new PillarProgress { Pillar = "Visibility", Text = "Patrol plans use <demand> data.", Details = ["North LPA", "South LPA"], Date = new LocalDate(2016, 12, 9) }],
        },
        Recommendations = new ReviewRecommendations
        {
            Review = "Example review",
            Accepted = new LocalDate(2023, 5, 2),
            AcceptedText = "May 2023",
            AsOf = new LocalDate(2024, 3, 31),
            PrintedCount = new PrintedFigure(4, "The review made four recommendations."),
            Printed = new PrintedActionSummary { OpenAtStart = new PrintedFigure(4, "four open in May 2023"), New = new PrintedFigure(0, "none added"), Closed = new PrintedFigure(1, "one completed"), OpenAtEnd = new PrintedFigure(2, "two remain") },
            Recommendations =
            [
                new ReviewRecommendation { Id = "1", Text = "Publish <ward> patrol plans.", Pillar = "Visibility", Owner = "Head of NHP", Closed = new LocalDate(2023, 11, 30), StatusText = "Complete." },
                new ReviewRecommendation { Id = "2", Text = "Hold two panels a year.", Pillar = "Engagement", Owner = "Superintendent", StatusText = "In progress." },
                new ReviewRecommendation { Id = "3", Text = "Share problem-solving plans.", Pillar = "Problem Solving" },
                new ReviewRecommendation { Id = "4", Text = "Recruit volunteers.", Pillar = "Resilience", Owner = "CiP lead" },
            ],
        },
    };

    private static string Samples => Path.Combine(AppContext.BaseDirectory, "Data", "Samples");

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_report_renders_as_reviewed(string id, ReportFormat format, string extension) =>
        Snapshot.Verify(ReportCatalog.Default.Find(id)!.RenderToString(Dataset, format), extension, [id]);

    [Theory]
    [MemberData(nameof(Formats))]
    public void The_sample_policing_model_renders_its_organogram_and_charts_its_results(ReportFormat format, string extension)
    {
        var model = Nhp.Policing.PolicingModelJson.Read(Path.Combine(Samples, "policing-model.json")).Value!;
        Snapshot.Verify(new PolicingModelReport().RenderToString(new NhpDataset { Name = "Sample", PolicingModel = model }, format), extension, [extension]);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void The_Thames_Valley_framework_renders_with_its_progress_by_pillar(ReportFormat format, string extension) =>
        Snapshot.Verify(new FrameworkAssessmentReport().RenderToString(ThamesValleyDataset.June2016, format), extension, [extension]);

    [Theory]
    [MemberData(nameof(Formats))]
    public void The_Thames_Valley_recommendations_render_as_printed(ReportFormat format, string extension) =>
        Snapshot.Verify(new ReviewRecommendationsReport().RenderToString(ThamesValleyDataset.June2016, format), extension, [extension]);

    [Fact]
    public void The_Thames_Valley_reports_show_the_report_s_words_and_figures_as_printed()
    {
        var framework = new FrameworkAssessmentReport().RenderToString(ThamesValleyDataset.June2016, ReportFormat.Markdown);
        foreach (var printed in new[]
        {
            "Visibility to increase public confidence and reduce crime",
            "Community Resilience to increase public involvement in policing",
            "A Demand and Vulnerability Module (DAVM) has been launched.",
            "  - 26 April - Buckinghamshire and Milton Keynes",
            "as at 17 June 2016",
        })
        {
            Assert.Contains(printed, framework, StringComparison.Ordinal);
        }

        var recommendations = new ReviewRecommendationsReport().RenderToString(ThamesValleyDataset.June2016, ReportFormat.Markdown);
        Assert.Contains("made 31 recommendations, as printed", recommendations, StringComparison.Ordinal);
        Assert.Contains("Accepted April 2015; as at 17 June 2016.", recommendations, StringComparison.Ordinal);
        Assert.Contains("the register holds their number only", recommendations, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_recommendations_count_open_and_closed_as_the_action_register_does_and_find_the_printed_gap()
    {
        var text = new ReviewRecommendationsReport().RenderToString(Dataset, ReportFormat.Markdown);
        // Four accepted 2 May 2023, one closed 30 November 2023: three open at 31 March 2024, though two are printed.
        Assert.Contains("The register lists 4: 3 open and 1 closed at 31 March 2024.", text, StringComparison.Ordinal);
        Assert.Contains("governance.actions.totals-do-not-reconcile", text, StringComparison.Ordinal);
        Assert.Contains("recommendations.pillar.unknown", text, StringComparison.Ordinal);
        Assert.Contains("governance.actions.open-without-owner", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_policing_model_report_shows_the_seed_s_figures_as_printed_and_the_staffing_gap()
    {
        var text = new PolicingModelReport().RenderToString(CityOfLondonDataset.February2024, ReportFormat.Markdown);
        foreach (var printed in new[] { "| 294 |", "| 153 |", "Currently CoLP has 4 PCSOs against an establishment of 5.", "Alcohol and drugs; Vulnerable people (mental health) and places; Young people; Hate crime/Counter Terrorism (CT); Schools and youth engagement/cadets", "PCSO: 4 in post against an establishment of 5 (1 post unfilled)" })
        {
            Assert.Contains(printed, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Reports_without_their_part_say_so()
    {
        var empty = new NhpDataset { Name = "Empty", Sources = [] };
        Assert.Contains("holds no register of problem-solving plans", new ProblemSolvingReport().RenderToString(empty, ReportFormat.Markdown), StringComparison.Ordinal);
        Assert.Contains("holds no strategy framework", new FrameworkAssessmentReport().RenderToString(empty, ReportFormat.Markdown), StringComparison.Ordinal);
        Assert.Contains("holds no description of the policing model", new PolicingModelReport().RenderToString(empty, ReportFormat.Markdown), StringComparison.Ordinal);
        Assert.Contains("holds no register of review recommendations", new ReviewRecommendationsReport().RenderToString(empty, ReportFormat.Markdown), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_from_the_data_is_escaped_in_HTML()
    {
        var html = new ProblemSolvingReport().RenderToString(Dataset, ReportFormat.Html);
        Assert.Contains("Cycle theft &lt;at&gt; the station", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<at>", html, StringComparison.Ordinal);
    }
}
