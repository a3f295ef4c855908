using Nhp.Findings;

namespace Nhp.Delivery;

/// <summary>
/// What the plan rules of <see cref="PlanRules"/> check: a delivery plan and, when known, where each deliverable was
/// read, so that findings can point at the line of the source. Immutable.
/// </summary>
/// <param name="Plan">The plan.</param>
/// <param name="Locate">Where each deliverable was read, or null to use <see cref="Deliverable.Location"/> (set by the importers).</param>
public sealed record PlanCheck(DeliveryPlan Plan, Func<Deliverable, SourceLocation?>? Locate = null)
{
    /// <summary>Where <paramref name="deliverable"/> was read, or null when unknown.</summary>
    /// <param name="deliverable">A deliverable of the plan.</param>
    /// <returns>The location or null.</returns>
    public SourceLocation? LocationOf(Deliverable deliverable) => Locate is null ? deliverable.Location : Locate(deliverable);

    /// <summary>A plan with no locations.</summary>
    /// <param name="plan">The plan.</param>
    public static implicit operator PlanCheck(DeliveryPlan plan) => new(plan);
}
