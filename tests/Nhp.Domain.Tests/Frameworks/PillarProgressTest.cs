using Nhp.Frameworks;
using NodaTime;

namespace Nhp.Domain.Tests.Frameworks;

/// <summary>Progress reported pillar by pillar, stored with the framework and checked against its pillars.</summary>
public sealed class PillarProgressTest
{
    private static FrameworkAssessments Data => new()
    {
        Framework = KnownFrameworks.FourPillars,
        Progress =
        [
            new PillarProgress { Pillar = "Visibility", Text = "Patrol plans use demand data.", Date = new LocalDate(2016, 6, 17) },
            new PillarProgress { Pillar = "Community Resilience", Text = "Seminars were held on the following dates:", Details = ["21 April", "11 May"] },
        ],
    };

    [Fact]
    public void Progress_is_written_and_read_back_with_its_details()
    {
        var json = FrameworkJson.Write(Data);
        var back = FrameworkJson.Read(new StringReader(json), "framework.json");
        Assert.Empty(back.Findings);
        Assert.Equal(["21 April", "11 May"], back.Value!.Progress[1].Details);
        Assert.Equal(new LocalDate(2016, 6, 17), back.Value.Progress[0].Date);
        Assert.Equal(json, FrameworkJson.Write(back.Value));
    }

    [Fact]
    public void Progress_under_a_pillar_the_framework_lacks_is_found()
    {
        Assert.Empty(FrameworkRules.Check(Data));
        var finding = Assert.Single(FrameworkRules.Check(Data with { Progress = [new PillarProgress { Pillar = "Resilience", Text = "x" }] }));
        Assert.Equal(FrameworkRules.ProgressPillarUnknown, finding.RuleId);
        Assert.Contains("\"Resilience\", which is not a pillar of the Four pillars of neighbourhood policing", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_four_pillars_name_no_force()
    {
        // Force data lives in the dataset packages; the Thames Valley package names the report.
        Assert.DoesNotContain("Thames", KnownFrameworks.FourPillars.Source, StringComparison.Ordinal);
        Assert.Equal(["Visibility", "Engagement", "Problem Solving", "Community Resilience"], KnownFrameworks.FourPillars.Pillars.Select(p => p.Name));
    }
}
