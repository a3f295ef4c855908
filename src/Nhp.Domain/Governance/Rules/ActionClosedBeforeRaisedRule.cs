using Nhp.Findings;
using Nhp.Governance.Inspections;
using Nhp.Rules;
using Nhp.Text;

namespace Nhp.Governance.Rules;

internal sealed class ActionClosedBeforeRaisedRule() : Rule<InspectionActionsUpdate>(new RuleDescriptor(GovernanceRules.ActionClosedBeforeRaised, GovernanceRules.Area, Severity.Error, "Closed before raised",
    "Checks that no action was closed before it was raised. One of the two dates must be wrong, and the action is never counted as open."))
{
    public override IEnumerable<Finding> Check(InspectionActionsUpdate input)
    {
        foreach (var action in input.Register?.Actions ?? [])
        {
            if (action.Closed is { } closed && closed < action.Raised)
            {
                yield return Found(action.Id, "closed", $"Action {action.Id} was closed on {Wording.Date(closed)}, before it was raised on {Wording.Date(action.Raised)}; one of the dates is wrong.", action.Location);
            }
        }
    }
}
