namespace Nhp.Delivery;

/// <summary>
/// The stable ids of the checks on a delivery plan (<see cref="PlanValidator"/>) and of the import diagnostics.
/// An id never changes meaning; tools may match on it.
/// </summary>
public static class PlanRules
{
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
}
