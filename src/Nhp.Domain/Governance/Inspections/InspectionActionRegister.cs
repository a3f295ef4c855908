using NodaTime;

namespace Nhp.Governance.Inspections;

/// <summary>
/// A force's register (tracker) of inspection actions, with the counts a committee asks for: open at a date, movement
/// between two dates, and the splits of the open actions (historic or new by a cut-off date; force-specific or
/// national; by directorate). Immutable; thread-safe.
/// </summary>
public sealed record InspectionActionRegister
{
    /// <summary>Creates a register of <paramref name="actions"/>, kept in the given order.</summary>
    /// <param name="actions">The actions.</param>
    public InspectionActionRegister(IEnumerable<InspectionAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        Actions = [.. actions];
    }

    /// <summary>The actions, in the order of the tracker.</summary>
    public IReadOnlyList<InspectionAction> Actions { get; }

    /// <summary>The actions open at the end of <paramref name="date"/>, in register order.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The open actions.</returns>
    public IReadOnlyList<InspectionAction> OpenOn(LocalDate date) => [.. Actions.Where(a => a.IsOpenOn(date))];

    /// <summary>How the open actions moved from the end of <paramref name="start"/> to the end of <paramref name="end"/>.</summary>
    /// <param name="start">The start date.</param>
    /// <param name="end">The end date, on or after <paramref name="start"/>.</param>
    /// <returns>The movement; for a register it always reconciles, as every figure is counted from the same actions.</returns>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public ActionMovement Movement(LocalDate start, LocalDate end)
    {
        if (end < start)
        {
            throw new ArgumentException($"The end date {end:uuuu-MM-dd} is before the start date {start:uuuu-MM-dd}.", nameof(end));
        }

        return new ActionMovement(
            OpenOn(start).Count,
            Actions.Count(a => a.Raised > start && a.Raised <= end),
            Actions.Count(a => a.Closed is { } closed && closed > start && closed <= end && a.Raised <= end),
            OpenOn(end).Count);
    }

    /// <summary>The actions open at <paramref name="date"/> split into historic (raised before <paramref name="cutOff"/>) and new.</summary>
    /// <param name="date">The date.</param>
    /// <param name="cutOff">The first day on which an action counts as new.</param>
    /// <returns>The two counts.</returns>
    public (int Historic, int New) HistoricSplit(LocalDate date, LocalDate cutOff)
    {
        var open = OpenOn(date);
        var historic = open.Count(a => a.IsHistoric(cutOff));
        return (historic, open.Count - historic);
    }

    /// <summary>The actions open at <paramref name="date"/> split into force-specific and national.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The two counts.</returns>
    public (int ForceSpecific, int National) ScopeSplit(LocalDate date)
    {
        var open = OpenOn(date);
        var force = open.Count(a => a.Scope == ActionScope.ForceSpecific);
        return (force, open.Count - force);
    }

    /// <summary>
    /// The actions open at <paramref name="date"/> by directorate (actions with none under an empty name), each split
    /// into historic and new at <paramref name="cutOff"/>, ordered by directorate name.
    /// </summary>
    /// <param name="date">The date.</param>
    /// <param name="cutOff">The first day on which an action counts as new.</param>
    /// <returns>One row per directorate.</returns>
    public IReadOnlyList<(string Directorate, int Historic, int New)> ByDirectorate(LocalDate date, LocalDate cutOff) =>
        [.. OpenOn(date)
            .GroupBy(a => a.Directorate ?? string.Empty, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g => (g.First().Directorate ?? string.Empty, g.Count(a => a.IsHistoric(cutOff)), g.Count(a => !a.IsHistoric(cutOff))))];
}
