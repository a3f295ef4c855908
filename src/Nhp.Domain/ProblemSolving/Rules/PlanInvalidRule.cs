using Nhp.Findings;
using Nhp.Rules;
using static Nhp.ProblemSolving.Rules.ProblemSolvingRuleText;

namespace Nhp.ProblemSolving.Rules;

/// <summary>A plan that cannot be judged as written: no reference or title, a repeated reference, a stage its method lacks, or dates out of order.</summary>
internal sealed class PlanInvalidRule() : Rule<ProblemSolvingRegister>(new RuleDescriptor(ProblemSolvingRules.PlanInvalid, ProblemSolvingRules.Area, Severity.Error, "Plan not well formed",
    "Checks that every plan has a reference (unique in the register) and a title, records only the stages its method has (an Objective only under OSARA), and has dates in order: opened before it was reviewed or closed, and no date after the register's date. The other checks depend on these."))
{
    public override IEnumerable<Finding> Check(ProblemSolvingRegister register)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var plan in register.Plans)
        {
            var subject = Subject(plan);
            if (string.IsNullOrWhiteSpace(plan.Reference))
            {
                yield return Found(subject, "reference", $"A plan titled \"{plan.Title}\" has no reference; give each plan a unique reference.");
            }
            else if (!seen.Add(plan.Reference.Trim()))
            {
                yield return Found(subject, "reference", $"The reference {subject} is used by more than one plan; references must be unique.");
            }

            if (string.IsNullOrWhiteSpace(plan.Title))
            {
                yield return Found(subject, "title", "The plan has no title saying what the problem is.");
            }

            var allowed = ProblemSolvingPlan.StagesOf(plan.Method);
            foreach (var stage in plan.Stages.Where(s => !allowed.Contains(s.Stage)).Select(s => s.Stage).Distinct())
            {
                yield return Found(subject, "stages", $"The plan follows {plan.Method.ToString().ToUpperInvariant()}, which has no {stage} stage; record it under OSARA or remove it.");
            }

            var dates = plan.Reviews.Select(d => ("review", d))
                .Concat(plan.Stages.Where(s => s.Date is not null).Select(s => (s.Stage.ToString().ToLowerInvariant() + " stage", s.Date!.Value)))
                .Concat(plan.Closed is { } closed ? [("closing", closed)] : []);
            foreach (var (what, date) in dates)
            {
                if (plan.Opened is { } opened && date < opened)
                {
                    yield return Found(subject, "dates", $"The {what} date {Date(date)} is before the plan was opened on {Date(opened)}.");
                }

                if (date > register.AsOf)
                {
                    yield return Found(subject, "dates", $"The {what} date {Date(date)} is after the register's date, {Date(register.AsOf)}.");
                }
            }

            if (plan.Closed is not null && plan.Status == ProblemSolvingStatus.Open)
            {
                yield return Found(subject, "status", $"The plan is open but has a closing date ({Date(plan.Closed.Value)}); set its status to closed or remove the date.");
            }
        }
    }
}
