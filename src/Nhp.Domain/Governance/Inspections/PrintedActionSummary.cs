namespace Nhp.Governance.Inspections;

/// <summary>
/// The figures a paper printed about a force's inspection actions, each with the words it was printed in: open at the
/// start of the period, closed and new since, open now, and the splits of the open actions (historic or new; force-
/// specific or national). Any figure the paper did not print is null. Immutable; equality is by reference of the lists.
/// </summary>
/// <remarks>
/// Printed figures are kept as printed, not corrected: whether they add up is a check
/// (<see cref="GovernanceRules.ActionTotalsDoNotReconcile"/>), because real trackers do not always reconcile.
/// </remarks>
public sealed record PrintedActionSummary
{
    /// <summary>Actions open at the start of the period.</summary>
    public PrintedFigure? OpenAtStart { get; init; }

    /// <summary>Actions closed since the start.</summary>
    public PrintedFigure? Closed { get; init; }

    /// <summary>New actions set since the start.</summary>
    public PrintedFigure? New { get; init; }

    /// <summary>Actions open now.</summary>
    public PrintedFigure? OpenAtEnd { get; init; }

    /// <summary>Of the open actions, those set before the historic cut-off.</summary>
    public PrintedFigure? OpenHistoric { get; init; }

    /// <summary>Of the open actions, those set on or after the historic cut-off.</summary>
    public PrintedFigure? OpenNew { get; init; }

    /// <summary>Of the open actions, those from inspections of this force alone.</summary>
    public PrintedFigure? OpenForceSpecific { get; init; }

    /// <summary>Of the open actions, those from inspections across forces.</summary>
    public PrintedFigure? OpenNational { get; init; }
}
