using Nhp.Findings;
using Nhp.Rules;

namespace Nhp.Delivery.Rules;

internal sealed class NoDeliverablesRule() : Rule<PlanCheck>(new RuleDescriptor(PlanRules.NoDeliverables, PlanRules.Area, Severity.Error, "Plan has no deliverables",
    "Checks that the plan lists at least one deliverable. A plan with none usually means the wrong file or table was read, and there is nothing for the committee to judge."))
{
    public override IEnumerable<Finding> Check(PlanCheck input)
    {
        if (!input.Plan.Deliverables.Any())
        {
            yield return Found("plan", null, "The plan has no deliverables.");
        }
    }
}
