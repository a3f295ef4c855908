using Nhp.Findings;
using Nhp.Governance.Peel;
using Nhp.Rules;

namespace Nhp.Governance.Rules;

internal sealed class PeelWithoutProgressRule() : Rule<PeelCheck>(new RuleDescriptor(GovernanceRules.PeelWithoutProgress, GovernanceRules.Area, Severity.Warning, "Area for improvement without progress",
    "Notes an area for improvement under which the update prints no paragraph of progress. The committee is told the area exists but not what has been done about it."))
{
    public override IEnumerable<Finding> Check(PeelCheck input)
    {
        foreach (var area in input.Update.Areas.Where(a => a.Progress.Count == 0))
        {
            yield return Found(area.Id, "progress", $"Area {area.Id} (\u201c{GovernanceRuleText.Short(area.Text)}\u201d) has no paragraph of progress: the update says nothing about what has been done.");
        }
    }
}
