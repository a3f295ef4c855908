using Nhp.Findings;
using Nhp.Rules;
using static Nhp.Delivery.Rules.PlanRuleText;

namespace Nhp.Delivery.Rules;

internal sealed class SummaryRequiredRule() : Rule<PlanCheck>(new RuleDescriptor(PlanRules.SummaryRequired, PlanRules.Area, Severity.Error, "Status update has no summary",
    "Checks that every status update gives a summary position. The summary is the evidence behind the RAG status; without it the committee has only a colour."))
{
    public override IEnumerable<Finding> Check(PlanCheck input) =>
        Updates(input.Plan)
            .Where(x => string.IsNullOrWhiteSpace(x.Update.Summary))
            .Select(x => Found(x.Deliverable.Code.ToString(), "summary",
                $"Deliverable {x.Deliverable.Code} has no summary position for {Month(x.Update.AsOf)}.", input.LocationOf(x.Deliverable)));
}
