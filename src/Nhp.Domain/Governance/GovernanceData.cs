using Nhp.Governance.Inspections;
using Nhp.Governance.Peel;
using Nhp.Governance.Workforce;

namespace Nhp.Governance;

/// <summary>
/// What a force reports to its committee on governance: inspection actions and the areas for improvement of its
/// last inspection, the committee's outstanding references, tables with totals (such as modern slavery), and workforce
/// diversity. Every part is optional; reports that need one say when it is missing. Immutable.
/// </summary>
public sealed record GovernanceData
{
    /// <summary>The latest update on inspection actions (printed figures, a register, or both), or null.</summary>
    public InspectionActionsUpdate? InspectionActions { get; init; }

    /// <summary>Tables with totals and the statements the text makes about them (e.g. modern slavery), or null.</summary>
    public Tables.TableSet? ModernSlavery { get; init; }

    /// <summary>The committee's outstanding references, or null.</summary>
    public References.OutstandingReferenceList? OutstandingReferences { get; init; }

    /// <summary>The latest update on the areas for improvement of the force's last inspection, or null.</summary>
    public PeelUpdate? Peel { get; init; }

    /// <summary>The workforce's diversity profile, with the population it is compared with when given, or null.</summary>
    public WorkforceDiversity? Workforce { get; init; }
}
