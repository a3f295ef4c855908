using Nhp.Findings;
using Nhp.Rules;
using static Nhp.Delivery.Rules.PlanRuleText;

namespace Nhp.Delivery.Rules;

internal sealed class CodeMatchesObjectiveRule() : Rule<PlanCheck>(new RuleDescriptor(PlanRules.CodeMatchesObjective, PlanRules.Area, Severity.Error, "Deliverable under the wrong objective",
    "Checks that each deliverable sits under the objective its code names (3.3 under objective 3). A mismatch usually means a row was moved or mistyped, and the deliverable would be reported against the wrong objective."))
{
    public override IEnumerable<Finding> Check(PlanCheck input) =>
        from objective in input.Plan.Objectives
        from deliverable in objective.Deliverables
        where deliverable.Code.Objective != objective.Number
        select Found(deliverable.Code.ToString(), "code",
            $"Deliverable {deliverable.Code} is listed under objective {Number(objective.Number)}, but its code belongs to objective {Number(deliverable.Code.Objective)}.",
            input.LocationOf(deliverable));
}
