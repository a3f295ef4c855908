using Nhp.Findings;
using Nhp.Governance.Inspections;
using Nhp.Rules;

namespace Nhp.Governance.Rules;

internal sealed class ActionWithoutOwnerRule() : Rule<InspectionActionsUpdate>(new RuleDescriptor(GovernanceRules.ActionWithoutOwner, GovernanceRules.Area, Severity.Warning, "Open action without an owner",
    "Notes an action open at the update's date with no owner. Nobody is accountable for closing it, which is what an inspectorate looks for first."))
{
    public override IEnumerable<Finding> Check(InspectionActionsUpdate input)
    {
        foreach (var action in input.Register?.OpenOn(input.AsOf) ?? [])
        {
            if (string.IsNullOrWhiteSpace(action.Owner))
            {
                yield return Found(action.Id, "owner", $"Action {action.Id} ({action.Inspection}) is open and has no owner.", action.Location);
            }
        }
    }
}
