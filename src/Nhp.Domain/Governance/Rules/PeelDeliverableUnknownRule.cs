using Nhp.Findings;
using Nhp.Governance.Peel;
using Nhp.Rules;

namespace Nhp.Governance.Rules;

internal sealed class PeelDeliverableUnknownRule() : Rule<PeelCheck>(new RuleDescriptor(GovernanceRules.PeelDeliverableUnknown, GovernanceRules.Area, Severity.Warning, "Linked deliverable not in the plan",
    "Checks, when a delivery plan is given, that every deliverable an area for improvement links to is in it. A link to a deliverable the plan lacks shows no RAG, so the committee cannot see how the work behind the area stands."))
{
    public override IEnumerable<Finding> Check(PeelCheck input)
    {
        if (input.Plan is not { } plan)
        {
            yield break;
        }

        foreach (var area in input.Update.Areas)
        {
            foreach (var code in area.Deliverables.Where(c => plan.Find(c) is null))
            {
                yield return Found(area.Id, "deliverables", $"Area {area.Id} links to deliverable {code}, which is not in the delivery plan.");
            }
        }
    }
}
