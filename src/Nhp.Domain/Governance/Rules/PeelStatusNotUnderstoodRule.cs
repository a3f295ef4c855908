using Nhp.Findings;
using Nhp.Governance.Peel;
using Nhp.Rules;

namespace Nhp.Governance.Rules;

internal sealed class PeelStatusNotUnderstoodRule() : Rule<PeelCheck>(new RuleDescriptor(GovernanceRules.PeelStatusNotUnderstood, GovernanceRules.Area, Severity.Info, "Area status not understood",
    "Notes a status printed for an area for improvement that says neither in progress nor met (or closed). It is kept as printed; the area's status is then taken from the update as a whole, if it says."))
{
    public override IEnumerable<Finding> Check(PeelCheck input)
    {
        foreach (var area in input.Update.Areas)
        {
            if (area.Status is { } status && PeelUpdate.Understand(status) is null)
            {
                yield return Found(area.Id, "status", $"The status printed for area {area.Id}, \u201c{GovernanceRuleText.Short(status)}\u201d, says neither in progress nor met.");
            }
        }
    }
}
