using Nhp.Findings;
using Nhp.Rules;
using static Nhp.Delivery.Rules.PlanRuleText;

namespace Nhp.Delivery.Rules;

internal sealed class ObjectiveTitleRequiredRule() : Rule<PlanCheck>(new RuleDescriptor(PlanRules.ObjectiveTitleRequired, PlanRules.Area, Severity.Error, "Objective has no title",
    "Checks that every objective has a title. Without one the paper cannot say what the deliverables under it are for."))
{
    public override IEnumerable<Finding> Check(PlanCheck input) =>
        input.Plan.Objectives
            .Where(o => string.IsNullOrWhiteSpace(o.Title))
            .Select(o => Found("objective " + Number(o.Number), "title", $"Objective {Number(o.Number)} has no title."));
}
