using Nhp.Delivery;
using Nhp.Governance.Inspections;
using NodaTime;

namespace Nhp.Governance.Peel;

/// <summary>
/// What the checks on areas for improvement look at (<see cref="GovernanceRules.Peel"/>): the update, and the
/// register and delivery plan its links point into, when the caller has them. Immutable.
/// </summary>
/// <param name="Update">The update.</param>
/// <param name="Register">The force's register of inspection actions, or null: links to actions are then not checked.</param>
/// <param name="Plan">The delivery plan, or null: links to deliverables are then not checked.</param>
public sealed record PeelCheck(PeelUpdate Update, InspectionActionRegister? Register = null, DeliveryPlan? Plan = null)
{
    /// <summary>The date linked deliverables are judged at; null for the update's own date.</summary>
    public LocalDate? AsOf { get; init; }

    /// <summary>The date linked deliverables are judged at: <see cref="AsOf"/>, or the update's date.</summary>
    public LocalDate JudgedAt => AsOf ?? Update.AsOf;
}
