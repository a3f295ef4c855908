using Nhp.Findings;
using Nhp.Governance.Peel;
using Nhp.Rules;

namespace Nhp.Governance.Rules;

internal sealed class PeelActionUnknownRule() : Rule<PeelCheck>(new RuleDescriptor(GovernanceRules.PeelActionUnknown, GovernanceRules.Area, Severity.Warning, "Linked action not in the register",
    "Checks, when a register is given, that every action an area for improvement links to is in it (ids compared ignoring case). A link to an action the register lacks cannot say whether the area is closed."))
{
    public override IEnumerable<Finding> Check(PeelCheck input)
    {
        if (input.Register is not { } register)
        {
            yield break;
        }

        foreach (var area in input.Update.Areas)
        {
            foreach (var id in area.Actions.Where(id => !register.Actions.Any(a => string.Equals(a.Id, id, StringComparison.OrdinalIgnoreCase))))
            {
                yield return Found(area.Id, "actions", $"Area {area.Id} links to action {id}, which is not in the register.");
            }
        }
    }
}
