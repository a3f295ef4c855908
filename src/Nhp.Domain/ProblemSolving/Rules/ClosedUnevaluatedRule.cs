using Nhp.Findings;
using Nhp.Rules;
using static Nhp.ProblemSolving.Rules.ProblemSolvingRuleText;

namespace Nhp.ProblemSolving.Rules;

/// <summary>A closed plan has no evaluation of its impact.</summary>
internal sealed class ClosedUnevaluatedRule() : Rule<ProblemSolvingRegister>(new RuleDescriptor(ProblemSolvingRules.ClosedUnevaluated, ProblemSolvingRules.Area, Severity.Warning, "Closed without evaluation",
    "Checks that every closed plan records an evaluation of its impact (the evaluation text, or an Assessment stage). Closing a plan without evaluating it loses what worked and what did not."))
{
    public override IEnumerable<Finding> Check(ProblemSolvingRegister register) =>
        from plan in register.Plans
        where plan.Status == ProblemSolvingStatus.Closed
              && string.IsNullOrWhiteSpace(plan.Evaluation)
              && plan.Stage(ProblemSolvingStage.Assessment) is null
        select Found(Subject(plan), "evaluation", $"\"{plan.Title}\" is closed{(plan.Closed is { } c ? $" ({Date(c)})" : string.Empty)} with no evaluation of its impact.");
}
