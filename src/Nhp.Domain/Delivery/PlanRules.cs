using Nhp.Delivery.Rules;
using Nhp.Findings;
using Nhp.Rules;

namespace Nhp.Delivery;

/// <summary>
/// The checks on a delivery plan: their stable ids and <see cref="Default"/>, the rule set that runs them (unique
/// objective numbers and deliverable codes, each code under its own objective, commitment, summary, RAG and a
/// recognised target present). An id never changes meaning; tools may match on it.
/// </summary>
/// <remarks>Whether a RAG status is right for its dates is judged by the RAG rules, not here.</remarks>
public static class PlanRules
{
    /// <summary>The area of the plan rules' descriptors.</summary>
    public const string Area = "delivery";

    /// <summary>Error: the plan has no deliverables.</summary>
    public const string NoDeliverables = "plan.deliverables.none";

    /// <summary>Error: two objectives have the same number.</summary>
    public const string ObjectiveNumberUnique = "plan.objective.number-unique";

    /// <summary>Error: an objective has no title.</summary>
    public const string ObjectiveTitleRequired = "plan.objective.title-required";

    /// <summary>Error: two deliverables have the same code.</summary>
    public const string CodeUnique = "plan.code.unique";

    /// <summary>Error: a deliverable sits under an objective its code does not name (3.3 under objective 2).</summary>
    public const string CodeMatchesObjective = "plan.code.objective";

    /// <summary>Error: a deliverable has no commitment text.</summary>
    public const string CommitmentRequired = "plan.commitment.required";

    /// <summary>Error: a deliverable has no status update.</summary>
    public const string UpdateRequired = "plan.update.required";

    /// <summary>Error: a deliverable's updates are not in time order, one per month.</summary>
    public const string UpdateOrder = "plan.update.order";

    /// <summary>Error: a status update has no summary position.</summary>
    public const string SummaryRequired = "plan.summary.required";

    /// <summary>Warning: a status update gives no RAG status.</summary>
    public const string RagRequired = "plan.rag.required";

    /// <summary>Error: a status update gives no target date.</summary>
    public const string TargetRequired = "plan.target.required";

    /// <summary>Error: a target is in no form Nhp understands (<c>31/02/2024</c>, <c>March 204</c>).</summary>
    public const string TargetRecognised = "plan.target.recognised";

    /// <summary>Every plan rule, in the order they run.</summary>
    public static RuleSet<PlanCheck> Default { get; } = new(
        "delivery plan validation",
        [
            new NoDeliverablesRule(),
            new ObjectiveNumberUniqueRule(),
            new ObjectiveTitleRequiredRule(),
            new CodeUniqueRule(),
            new CodeMatchesObjectiveRule(),
            new CommitmentRequiredRule(),
            new UpdateRequiredRule(),
            new UpdateOrderRule(),
            new SummaryRequiredRule(),
            new RagRequiredRule(),
            new TargetRequiredRule(),
            new TargetRecognisedRule(),
        ]);

    /// <summary>Runs <paramref name="rules"/> (by default <see cref="Default"/>) and returns the findings, most severe first, then in rule order.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="locate">Where each deliverable was read (by default <see cref="Deliverable.Location"/>, where the importer read it), or null.</param>
    /// <param name="rules">The rules to run, or null for <see cref="Default"/>.</param>
    /// <returns>The findings; empty when the plan passes.</returns>
    public static IReadOnlyList<Finding> Check(DeliveryPlan plan, Func<Deliverable, SourceLocation?>? locate = null, RuleSet<PlanCheck>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return [.. (rules ?? Default).Check(new PlanCheck(plan, locate)).OrderByDescending(f => f.Severity)];
    }
}
