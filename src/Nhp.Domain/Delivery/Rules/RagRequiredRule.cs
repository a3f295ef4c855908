using Nhp.Findings;
using Nhp.Rules;
using static Nhp.Delivery.Rules.PlanRuleText;

namespace Nhp.Delivery.Rules;

internal sealed class RagRequiredRule() : Rule<PlanCheck>(new RuleDescriptor(PlanRules.RagRequired, PlanRules.Area, Severity.Warning, "Status update has no RAG",
    "Checks that every status update gives a RAG status. An unrated deliverable cannot be counted in the RAG summary, and the committee cannot see whether it is on track."))
{
    public override IEnumerable<Finding> Check(PlanCheck input) =>
        Updates(input.Plan)
            .Where(x => x.Update.Rag == RagStatus.NotRated)
            .Select(x => Found(x.Deliverable.Code.ToString(), "rag",
                $"Deliverable {x.Deliverable.Code} has no RAG status for {Month(x.Update.AsOf)}.", input.LocationOf(x.Deliverable)));
}
