using Nhp.Findings;
using Nhp.Rules;
using static Nhp.Delivery.Rules.PlanRuleText;

namespace Nhp.Delivery.Rules;

internal sealed class TargetRequiredRule() : Rule<PlanCheck>(new RuleDescriptor(PlanRules.TargetRequired, PlanRules.Area, Severity.Error, "Status update has no target",
    "Checks that every status update gives a target date (or a word such as Ongoing or TBC). Without a target nobody can tell whether the deliverable is late."))
{
    public override IEnumerable<Finding> Check(PlanCheck input) =>
        Updates(input.Plan)
            .Where(x => x.Update.Target.Kind == TargetKind.None)
            .Select(x => Found(x.Deliverable.Code.ToString(), "target",
                $"Deliverable {x.Deliverable.Code} has no target date for {Month(x.Update.AsOf)}.", input.LocationOf(x.Deliverable)));
}
