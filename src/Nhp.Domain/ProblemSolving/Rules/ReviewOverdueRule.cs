using Nhp.Findings;
using Nhp.Rules;
using static Nhp.ProblemSolving.Rules.ProblemSolvingRuleText;

namespace Nhp.ProblemSolving.Rules;

/// <summary>An open plan has gone longer than the review period without a review.</summary>
internal sealed class ReviewOverdueRule() : Rule<ProblemSolvingRegister>(new RuleDescriptor(ProblemSolvingRules.ReviewOverdue, ProblemSolvingRules.Area, Severity.Warning, "Review overdue",
    "Checks that every open plan has been reviewed within the register's review period (three months unless the register says otherwise), counted from its last review or, before the first, from the day it was opened. A plan with neither date is reported too, since nobody can tell when it is due. Routine review of problem-solving plans is what HMICFRS asks forces to do."))
{
    public override IEnumerable<Finding> Check(ProblemSolvingRegister register)
    {
        foreach (var plan in register.Plans.Where(p => p.Status == ProblemSolvingStatus.Open))
        {
            if (plan.LastReviewed is null)
            {
                yield return Found(Subject(plan), "reviews", $"\"{plan.Title}\" has no review and no opening date, so when its review is due cannot be told; record when it was opened and reviewed.");
            }
            else if (plan.NextReviewDue(register.ReviewEveryMonths) is { } due && due < register.AsOf)
            {
                var since = plan.Reviews.Count > 0 ? $"last reviewed on {Date(plan.LastReviewed.Value)}" : $"opened on {Date(plan.LastReviewed.Value)} and never reviewed";
                yield return Found(Subject(plan), "reviews", $"\"{plan.Title}\" was {since}; a review every {Months(register.ReviewEveryMonths)} was due by {Date(due)}.");
            }
        }
    }
}
