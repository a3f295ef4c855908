using Nhp.Datasets;
using Nhp.Datasets.CityOfLondon;
using Nhp.Frameworks;
using Nhp.ProblemSolving;
using Nhp.Reporting.Frameworks;
using Nhp.Reporting.Policing;
using Nhp.Reporting.ProblemSolving;
using Nhp.Testing;
using NodaTime;

namespace Nhp.Reporting.Tests.Organisation;

/// <summary>Snapshots of the problem-solving, framework-assessment and policing-model reports in every document format.</summary>
public sealed class OrganisationReportsTest
{
    public static TheoryData<string, ReportFormat, string> Cases => new()
    {
        { "problem-solving", ReportFormat.Markdown, "md" }, { "problem-solving", ReportFormat.Html, "html" }, { "problem-solving", ReportFormat.Text, "txt" },
        { "framework-assessment", ReportFormat.Markdown, "md" }, { "framework-assessment", ReportFormat.Html, "html" }, { "framework-assessment", ReportFormat.Text, "txt" },
        { "policing-model", ReportFormat.Markdown, "md" }, { "policing-model", ReportFormat.Html, "html" }, { "policing-model", ReportFormat.Text, "txt" },
    };

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
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_report_renders_as_reviewed(string id, ReportFormat format, string extension) =>
        Snapshot.Verify(ReportCatalog.Default.Find(id)!.RenderToString(Dataset, format), extension, [id]);

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
    }

    [Fact]
    public void Text_from_the_data_is_escaped_in_HTML()
    {
        var html = new ProblemSolvingReport().RenderToString(Dataset, ReportFormat.Html);
        Assert.Contains("Cycle theft &lt;at&gt; the station", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<at>", html, StringComparison.Ordinal);
    }
}
