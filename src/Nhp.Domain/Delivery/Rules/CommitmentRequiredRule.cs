using Nhp.Findings;
using Nhp.Rules;

namespace Nhp.Delivery.Rules;

internal sealed class CommitmentRequiredRule() : Rule<PlanCheck>(new RuleDescriptor(PlanRules.CommitmentRequired, PlanRules.Area, Severity.Error, "Deliverable has no commitment",
    "Checks that every deliverable says what will be delivered. Without the commitment the committee cannot tell what its RAG status is judging."))
{
    public override IEnumerable<Finding> Check(PlanCheck input) =>
        input.Plan.Deliverables
            .Where(d => string.IsNullOrWhiteSpace(d.Commitment))
            .Select(d => Found(d.Code.ToString(), "commitment", $"Deliverable {d.Code} has no commitment: say what will be delivered.", input.LocationOf(d)));
}
