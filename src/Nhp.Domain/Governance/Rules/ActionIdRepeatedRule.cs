using Nhp.Findings;
using Nhp.Governance.Inspections;
using Nhp.Rules;

namespace Nhp.Governance.Rules;

internal sealed class ActionIdRepeatedRule() : Rule<InspectionActionsUpdate>(new RuleDescriptor(GovernanceRules.ActionIdRepeated, GovernanceRules.Area, Severity.Error, "Action listed twice",
    "Checks that no two actions in the register share an id. A repeated action is counted twice in every total, so the register's figures cannot be trusted until it is removed or renumbered."))
{
    public override IEnumerable<Finding> Check(InspectionActionsUpdate input)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var action in input.Register?.Actions ?? [])
        {
            if (!seen.Add(action.Id.Trim()))
            {
                yield return Found(action.Id, "id", $"Action {action.Id} is listed more than once; each action should appear once, or it is counted twice.", action.Location);
            }
        }
    }
}
