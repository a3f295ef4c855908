using Nhp.Findings;
using Nhp.Rules;
using static Nhp.ProblemSolving.Rules.ProblemSolvingRuleText;

namespace Nhp.ProblemSolving.Rules;

/// <summary>A response has been in place for a review period, or is undated, and nothing assesses it.</summary>
internal sealed class ResponseUnassessedRule() : Rule<ProblemSolvingRegister>(new RuleDescriptor(ProblemSolvingRules.ResponseUnassessed, ProblemSolvingRules.Area, Severity.Warning, "Response not assessed",
    "Checks that an open plan whose response has been in place for at least one review period (or whose response is undated) records an assessment of whether it worked. A response that is never assessed cannot show its impact, and good practice cannot be shared. A closed plan is judged by problem-solving.closed.unevaluated instead."))
{
    public override IEnumerable<Finding> Check(ProblemSolvingRegister register)
    {
        foreach (var plan in register.Plans.Where(p => p.Status == ProblemSolvingStatus.Open))
        {
            if (plan.Stage(ProblemSolvingStage.Response) is not { } response || plan.Stage(ProblemSolvingStage.Assessment) is not null)
            {
                continue;
            }

            if (response.Date is not { } date)
            {
                yield return Found(Subject(plan), "assessment", $"\"{plan.Title}\" records an undated response and no assessment of it.");
            }
            else if (date.PlusMonths(register.ReviewEveryMonths) <= register.AsOf)
            {
                yield return Found(Subject(plan), "assessment", $"\"{plan.Title}\" has had its response in place since {Date(date)} with no assessment; assess it at least every {Months(register.ReviewEveryMonths)}.");
            }
        }
    }
}
