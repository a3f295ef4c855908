using Nhp.Findings;
using Nhp.Governance.Peel;
using Nhp.Rules;

namespace Nhp.Governance.Rules;

internal sealed class PeelIdRepeatedRule() : Rule<PeelCheck>(new RuleDescriptor(GovernanceRules.PeelIdRepeated, GovernanceRules.Area, Severity.Error, "Area for improvement listed twice",
    "Checks that no two areas for improvement of an update share an id (ignoring case). Links and findings name an area by its id, so a repeated id makes them ambiguous."))
{
    public override IEnumerable<Finding> Check(PeelCheck input)
    {
        foreach (var group in input.Update.Areas.GroupBy(a => a.Id.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            yield return Found(group.Key, "id", $"The id {group.Key} is given to {group.Count()} areas for improvement; give each its own.");
        }
    }
}
