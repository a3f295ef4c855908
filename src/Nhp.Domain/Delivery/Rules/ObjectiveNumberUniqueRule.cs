using Nhp.Findings;
using Nhp.Rules;
using static Nhp.Delivery.Rules.PlanRuleText;

namespace Nhp.Delivery.Rules;

internal sealed class ObjectiveNumberUniqueRule() : Rule<PlanCheck>(new RuleDescriptor(PlanRules.ObjectiveNumberUnique, PlanRules.Area, Severity.Error, "Objective number repeated",
    "Checks that no two objectives share a number. Deliverable codes start with their objective's number, so a repeated number makes it unclear which objective a deliverable serves."))
{
    public override IEnumerable<Finding> Check(PlanCheck input)
    {
        var seen = new HashSet<int>();
        foreach (var objective in input.Plan.Objectives.Where(o => !seen.Add(o.Number)))
        {
            yield return Found("objective " + Number(objective.Number), "number",
                $"Objective {Number(objective.Number)} appears more than once; each objective must have its own number.");
        }
    }
}
