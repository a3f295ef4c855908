using Nhp.Findings;
using Nhp.Rules;

namespace Nhp.Delivery.Rules;

internal sealed class UpdateRequiredRule() : Rule<PlanCheck>(new RuleDescriptor(PlanRules.UpdateRequired, PlanRules.Area, Severity.Error, "Deliverable has no status update",
    "Checks that every deliverable has at least one status update. A deliverable with none has no RAG, target or summary to report, so the committee hears nothing about it."))
{
    public override IEnumerable<Finding> Check(PlanCheck input) =>
        input.Plan.Deliverables
            .Where(d => d.Updates.Count == 0)
            .Select(d => Found(d.Code.ToString(), "updates", $"Deliverable {d.Code} has no status update.", input.LocationOf(d)));
}
