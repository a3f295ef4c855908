using System.Text.RegularExpressions;
using Nhp.Findings;
using Nhp.Rules;
using static Nhp.Delivery.Rules.PlanRuleText;

namespace Nhp.Delivery.Rules;

internal sealed partial class TargetRecognisedRule() : Rule<PlanCheck>(new RuleDescriptor(PlanRules.TargetRecognised, PlanRules.Area, Severity.Error, "Target not recognised",
    "Checks that every target is a date or another form Nhp understands (31/03/2024, March 2024, End 2024, Ongoing, TBC). An impossible or mistyped date (31/02/2024, March 204) gives no deadline, so the RAG rules cannot judge the deliverable."))
{
    public override IEnumerable<Finding> Check(PlanCheck input)
    {
        foreach (var (deliverable, update) in Updates(input.Plan).Where(x => x.Update.Target.Kind == TargetKind.Unrecognised))
        {
            var why = DayFirstDate().IsMatch(update.Target.Text.Trim()) ? "is written as a day-first date, but no such day exists" : "is not a date or other form Nhp understands";
            yield return Found(deliverable.Code.ToString(), "target",
                $"The target date of deliverable {deliverable.Code} for {Month(update.AsOf)}, '{update.Target.Text}', {why}, so no deadline can be read from it. Accepted forms: {string.Join(", ", Target.AcceptedForms)}.",
                input.LocationOf(deliverable));
        }
    }

    [GeneratedRegex(@"^\d{1,2}/\d{1,2}/\d{4}$")]
    private static partial Regex DayFirstDate();
}
