using Nhp.Findings;
using Nhp.Frameworks;
using Nhp.Reviews;
using Nhp.Testing.Findings;
using NodaTime;

namespace Nhp.Datasets.ThamesValley.Tests;

/// <summary>The report of 17 June 2016 as the package holds it, checked against the report's printed words and figures.</summary>
public sealed class ThamesValleyDatasetTest
{
    [Fact]
    public void The_dataset_is_the_report_of_17_June_2016()
    {
        var dataset = ThamesValleyDataset.June2016;
        Assert.Equal("Thames Valley Police", dataset.Force);
        Assert.Equal(new LocalDate(2016, 6, 17), dataset.AsOf);
        var source = Assert.Single(dataset.Sources);
        Assert.Equal("Police and Crime Panel", source.Committee);
        Assert.Same(ThamesValleyDataset.FourPillars2016, dataset.Framework);
        Assert.Same(ThamesValleyDataset.ReviewRecommendations2016, dataset.Recommendations);
    }

    [Fact]
    public void The_four_pillars_have_the_purposes_paragraph_2_2_prints()
    {
        var pillars = ThamesValleyDataset.FourPillars2016.Framework.Pillars;
        Assert.Equal(
            [
                ("Visibility", "Visibility to increase public confidence and reduce crime"),
                ("Engagement", "Engagement to enable the participation of communities in policing at their chosen level"),
                ("Problem Solving", "Problem solving to identify, establish causation, respond and address local problems"),
                ("Community Resilience", "Community Resilience to increase public involvement in policing"),
            ],
            pillars.Select(p => (p.Name, p.Purpose!)));
        Assert.Contains("Thames Valley Police", ThamesValleyDataset.FourPillars2016.Framework.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pillars_carry_the_shipped_statements_because_the_checklist_is_not_printed()
    {
        var framework = ThamesValleyDataset.FourPillars2016.Framework;
        Assert.Equal(
            KnownFrameworks.FourPillars.Statements.Select(x => (x.Pillar.Name, x.Statement.Id, x.Statement.Text)),
            framework.Statements.Select(x => (x.Pillar.Name, x.Statement.Id, x.Statement.Text)));
        Assert.Empty(ThamesValleyDataset.FourPillars2016.Assessments);
    }

    [Fact]
    public void Section_3_gives_five_visibility_four_engagement_two_problem_solving_and_five_community_resilience_highlights()
    {
        var progress = ThamesValleyDataset.FourPillars2016.Progress;
        Assert.Equal(
            [("Visibility", 5), ("Engagement", 4), ("Problem Solving", 2), ("Community Resilience", 5)],
            progress.GroupBy(p => p.Pillar).Select(g => (g.Key, g.Count())));
        Assert.All(progress, p => Assert.Equal(new LocalDate(2016, 6, 17), p.Date));
        Assert.StartsWith("PCSO recruitment processes have been reviewed", progress[0].Text, StringComparison.Ordinal);
        Assert.Contains(progress, p => p.Text.Contains("\"World Caf\u00e9\" event", StringComparison.Ordinal));
        Assert.Contains(progress, p => p.Text.StartsWith("A Demand and Vulnerability Module (DAVM) has been launched.", StringComparison.Ordinal));
        var seminars = Assert.Single(progress, p => p.Text.EndsWith("on the following dates:", StringComparison.Ordinal));
        Assert.Equal(["21 April - Oxfordshire", "26 April - Buckinghamshire and Milton Keynes", "11 May - Berkshire"], seminars.Details);
    }

    [Fact]
    public void The_review_made_31_recommendations_signed_off_in_April_2015_and_none_is_printed()
    {
        var register = ThamesValleyDataset.ReviewRecommendations2016;
        Assert.Equal("Neighbourhood Policing Review", register.Review);
        Assert.Equal(31, register.PrintedCount!.Value);
        Assert.Contains("included 31 recommendations", register.PrintedCount.Text, StringComparison.Ordinal);
        Assert.Equal("April 2015", register.AcceptedText);
        Assert.Equal(new LocalDate(2015, 4, 1), register.Accepted);
        Assert.Empty(register.Recommendations);
    }

    [Fact]
    public void The_checks_note_that_the_31_recommendations_are_not_listed_and_find_nothing_else()
    {
        var dataset = ThamesValleyDataset.June2016;
        var findings = RecommendationRules.Check(dataset.Recommendations!);
        FindingAssert.Exactly(findings, RecommendationRules.CountDiffers);
        var finding = FindingAssert.Contains(findings, RecommendationRules.CountDiffers, "Neighbourhood Policing Review", Severity.Info);
        Assert.Contains("made 31 recommendations", finding.Message, StringComparison.Ordinal);
        Assert.Empty(FrameworkRules.Check(dataset.Framework!));
        Assert.Empty(RecommendationRules.Check(dataset.Recommendations!, dataset.Framework!.Framework));
    }

    [Fact]
    public void The_dataset_saves_and_loads_as_a_folder_unchanged()
    {
        var folder = Directory.CreateTempSubdirectory("nhp-tvp-").FullName;
        try
        {
            ThamesValleyDataset.June2016.Save(folder);
            var loaded = NhpDataset.Load(folder);
            Assert.DoesNotContain(loaded.Findings, f => f.Severity == Severity.Error);
            Assert.Equal(FrameworkJson.Write(ThamesValleyDataset.FourPillars2016), FrameworkJson.Write(loaded.Value!.Framework!));
            Assert.Equal(ReviewRecommendationsJson.Write(ThamesValleyDataset.ReviewRecommendations2016), ReviewRecommendationsJson.Write(loaded.Value.Recommendations!));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
