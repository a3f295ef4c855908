using Nhp.Datasets.CityOfLondon;
using Nhp.Delivery;
using Nhp.Findings;
using Nhp.Rag;
using Nhp.Testing.Findings;
using NodaTime;

namespace Nhp.ToolTests;

// A tool that publishes delivery plans checks its own output with Nhp's rules, one entry point per area.
public sealed class PlanChecksTest
{
    private static readonly DeliveryPlan Plan = CityOfLondonDataset.February2024.DeliveryPlan!;

    [Fact]
    public void The_published_plan_passes_the_plan_rules()
    {
        FindingAssert.NoErrors(PlanRules.Check(Plan));
    }

    [Fact]
    public void A_deliverable_with_no_target_date_is_found_by_the_RAG_rules()
    {
        var findings = RagRules.Check(Plan, new LocalDate(2024, 2, 1));

        var finding = FindingAssert.Contains(findings, RagRules.NoTargetDateId, "2.5");
        Assert.Equal(Severity.Warning, finding.Severity);
        FindingAssert.DoesNotContain(findings, RagRules.NotRatedId);
    }

    [Fact]
    public void A_plan_with_a_repeated_code_fails_the_plan_rules_on_that_code()
    {
        var objective = Plan.Objectives.First(o => o.Deliverables.Count > 1);
        var twice = objective with { Deliverables = [objective.Deliverables[0], objective.Deliverables[0]] };
        var plan = Plan with { Objectives = [twice] };

        FindingAssert.Contains(PlanRules.Check(plan), PlanRules.CodeUnique, objective.Deliverables[0].Code.ToString(), Severity.Error);
    }
}
