using Nhp.Delivery;
using Nhp.Findings;
using Nhp.Integrity;
using Nhp.Rag;
using NodaTime;

namespace Nhp.Domain.Tests.Rules;

// Every area has one entry point of the same shape: XRules.Check(value) returns the findings, most severe first.
public sealed class AreaEntryPointsTest
{
    private static readonly LocalDate AsOf = new(2024, 2, 1);

    [Fact]
    public void The_RAG_entry_point_gives_the_findings_of_the_policys_evaluation_most_severe_first()
    {
        var plan = Nhp.Datasets.CityOfLondon.CityOfLondonDataset.February2024.DeliveryPlan!;

        var findings = RagRules.Check(plan, AsOf);

        var expected = RagPolicy.Default.Evaluate(plan, AsOf).Findings.Select(f => f.Finding).ToArray();
        Assert.Equal(expected.OrderBy(f => f.ToString(), StringComparer.Ordinal), findings.OrderBy(f => f.ToString(), StringComparer.Ordinal));
        Assert.Equal(findings.OrderByDescending(f => f.Severity), findings);
        Assert.NotEmpty(findings);
    }

    [Fact]
    public void The_RAG_entry_point_uses_the_policy_given()
    {
        var plan = Nhp.Datasets.CityOfLondon.CityOfLondonDataset.February2024.DeliveryPlan!;
        var policy = RagPolicy.Default.Without(RagRules.NoTargetDateId);

        Assert.Contains(RagRules.Check(plan, AsOf), f => f.RuleId == RagRules.NoTargetDateId);
        Assert.DoesNotContain(RagRules.Check(plan, AsOf, policy), f => f.RuleId == RagRules.NoTargetDateId);
    }

    [Fact]
    public void The_timeliness_entry_point_gives_the_records_an_analysis_leaves_out()
    {
        var at = Instant.FromUtc(2024, 1, 10, 9, 0);
        CrimeRecordTiming[] records =
        [
            new("A", at, at + Duration.FromHours(2)),
            new("A", at, at + Duration.FromHours(3)),
            new("B", null, at),
            new("C", at, at - Duration.FromHours(1)),
        ];

        var findings = CdiRules.CheckTimeliness(records);

        Assert.Equal(
            [(CdiRules.TimelinessRecordedBeforeDisclosed, "C"), (CdiRules.TimelinessDuplicateId, "A"), (CdiRules.TimelinessMissingInstant, "B")],
            findings.Select(f => (f.RuleId, f.Subject)));
        Assert.Equal(Severity.Error, findings[0].Severity);
    }
}
