using Nhp.Findings;
using Nhp.ProblemSolving.Rules;
using Nhp.Rules;

namespace Nhp.ProblemSolving;

/// <summary>
/// The checks on a problem-solving register: their stable ids and <see cref="Default"/>, the rule set that runs them
/// (plans that are malformed, have no owner, are overdue a review, have a response that was never assessed, or were
/// closed without an evaluation). Pure: judged at <see cref="ProblemSolvingRegister.AsOf"/>, never the clock.
/// Thread-safe.
/// </summary>
public static class ProblemSolvingRules
{
    /// <summary>The area of the problem-solving rules' descriptors.</summary>
    public const string Area = "problem-solving";

    /// <summary>Error: a plan has no reference or title, shares a reference, records a stage its method does not have, or has dates out of order.</summary>
    public const string PlanInvalid = "problem-solving.plan.invalid";

    /// <summary>Error: a plan names no owner.</summary>
    public const string OwnerMissing = "problem-solving.owner.missing";

    /// <summary>Warning: an open plan has not been reviewed within the register's review period.</summary>
    public const string ReviewOverdue = "problem-solving.review.overdue";

    /// <summary>Warning: an open plan's response has been in place for a review period (or is undated) with no assessment.</summary>
    public const string ResponseUnassessed = "problem-solving.response.unassessed";

    /// <summary>Warning: a closed plan has no evaluation of its impact.</summary>
    public const string ClosedUnevaluated = "problem-solving.closed.unevaluated";

    /// <summary>Every problem-solving rule, in the order they run.</summary>
    public static RuleSet<ProblemSolvingRegister> Default { get; } = new(
        "problem-solving checks",
        [
            new PlanInvalidRule(),
            new OwnerMissingRule(),
            new ReviewOverdueRule(),
            new ResponseUnassessedRule(),
            new ClosedUnevaluatedRule(),
        ]);

    /// <summary>Runs every rule of <see cref="Default"/>.</summary>
    /// <param name="register">The register to check.</param>
    /// <returns>The findings, rule by rule, then in register order; empty when all is well.</returns>
    public static IReadOnlyList<Finding> Check(ProblemSolvingRegister register) => Default.Check(register);
}
