using Nhp.Delivery;
using Nhp.Findings;
using Nhp.Governance.Peel;
using Nhp.Rules;
using Nhp.Text;

namespace Nhp.Governance.Rules;

internal sealed class PeelClosedWithWorkOpenRule() : Rule<PeelCheck>(new RuleDescriptor(GovernanceRules.PeelClosedWithWorkOpen, GovernanceRules.Area, Severity.Warning, "Area closed while its deliverables are not",
    "Checks that an area for improvement understood as closed (met) has no linked deliverable that the delivery plan does not report GREEN. The committee would hear that the area is met while the work behind it is still in progress."))
{
    public override IEnumerable<Finding> Check(PeelCheck input)
    {
        if (input.Plan is not { } plan)
        {
            yield break;
        }

        foreach (var area in input.Update.Areas.Where(a => a.Deliverables.Count > 0))
        {
            var status = input.Update.StatusOf(area, input.Register);
            if (status.State != AfiState.Closed)
            {
                continue;
            }

            var open = AfiDelivery.Of(area, plan, input.JudgedAt).Deliverables
                .Where(d => d.Judgement is { } j && j.ReportedRag != RagStatus.Green)
                .Select(d => $"{d.Code} ({Wording.Rag(d.Judgement!.ReportedRag)})")
                .ToArray();
            if (open.Length > 0)
            {
                var why = status.Basis == AfiStatusBasis.Register ? "its linked actions are closed" : "\u201c" + GovernanceRuleText.Short(status.Text) + "\u201d";
                yield return Found(area.Id, "status",
                    $"Area {area.Id} is understood as closed ({why}), but its linked {(open.Length == 1 ? "deliverable" : "deliverables")} {string.Join(", ", open)} {(open.Length == 1 ? "is" : "are")} not reported GREEN.");
            }
        }
    }
}
