using Nhp.Findings;
using Nhp.Rules;
using static Nhp.Delivery.Rules.PlanRuleText;

namespace Nhp.Delivery.Rules;

internal sealed class UpdateOrderRule() : Rule<PlanCheck>(new RuleDescriptor(PlanRules.UpdateOrder, PlanRules.Area, Severity.Error, "Status updates out of order",
    "Checks that a deliverable's status updates are one per month, in time order. The latest update is what the paper reports and what changes between papers are measured from, so the order must be right."))
{
    public override IEnumerable<Finding> Check(PlanCheck input) =>
        from deliverable in input.Plan.Deliverables
        from i in Enumerable.Range(1, Math.Max(0, deliverable.Updates.Count - 1))
        let earlier = deliverable.Updates[i - 1].AsOf
        let later = deliverable.Updates[i].AsOf
        where later <= earlier
        select Found(deliverable.Code.ToString(), "asOf",
            $"The updates of deliverable {deliverable.Code} are not one per month in time order: {Month(later)} follows {Month(earlier)}.",
            input.LocationOf(deliverable));
}
