using NodaTime;

namespace Nhp.Governance.Inspections;

/// <summary>
/// A periodic update to a committee on a force's inspection actions: the period it covers, the historic cut-off it
/// splits by, what the paper printed, and the register behind it when the force supplies one. Either or both of
/// <see cref="Printed"/> and <see cref="Register"/> may be given; when both are, the checks compare them. Immutable.
/// </summary>
public sealed record InspectionActionsUpdate
{
    /// <summary>The update's title, e.g. <c>Quarterly HMICFRS Inspections Update</c>.</summary>
    public required string Title { get; init; }

    /// <summary>The start of the period: "open at start" counts actions open at the end of this date.</summary>
    public required LocalDate Start { get; init; }

    /// <summary>The start as the paper words it (e.g. <c>April 2023</c>), or null to word <see cref="Start"/> as a date.</summary>
    public string? StartText { get; init; }

    /// <summary>The date the update is correct at: "open now" counts actions open at the end of this date.</summary>
    public required LocalDate AsOf { get; init; }

    /// <summary>The first day on which an action counts as new rather than historic.</summary>
    public required LocalDate HistoricCutOff { get; init; }

    /// <summary>The cut-off as the paper words it (e.g. <c>set prior to March 2023</c>), or null.</summary>
    public string? HistoricCutOffText { get; init; }

    /// <summary>The figures the paper printed, or null when there is no paper (a register on its own).</summary>
    public PrintedActionSummary? Printed { get; init; }

    /// <summary>The register of actions, or null when only the printed figures are known.</summary>
    public InspectionActionRegister? Register { get; init; }

    /// <summary>Inspections the paper says are expected, verbatim, in its order.</summary>
    public IReadOnlyList<string> Upcoming { get; init; } = [];

    /// <summary>The register's movement over the period, or null when there is no register.</summary>
    public ActionMovement? RegisterMovement => Register?.Movement(Start, AsOf);
}
