using Nhp.Findings;
using Nhp.Rules;
using static Nhp.ProblemSolving.Rules.ProblemSolvingRuleText;

namespace Nhp.ProblemSolving.Rules;

/// <summary>A plan names no owner.</summary>
internal sealed class OwnerMissingRule() : Rule<ProblemSolvingRegister>(new RuleDescriptor(ProblemSolvingRules.OwnerMissing, ProblemSolvingRules.Area, Severity.Error, "Plan has no owner",
    "Checks that every plan names an owner: the person or post accountable for it. A plan nobody owns is not reviewed and not closed."))
{
    public override IEnumerable<Finding> Check(ProblemSolvingRegister register) =>
        from plan in register.Plans
        where string.IsNullOrWhiteSpace(plan.Owner)
        select Found(Subject(plan), "owner", $"\"{plan.Title}\" names no owner; name the person or post accountable for it.");
}
