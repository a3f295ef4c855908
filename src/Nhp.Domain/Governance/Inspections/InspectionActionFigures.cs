namespace Nhp.Governance.Inspections;

/// <summary>
/// The figures of an inspection actions update, each as printed and as the register gives it (either may be missing),
/// in the order a paper gives them: open at start, new, closed, open now, then the two splits of the open actions.
/// </summary>
public static class InspectionActionFigures
{
    /// <summary>The figures of <paramref name="update"/>.</summary>
    /// <param name="update">The update.</param>
    /// <returns>One row per figure: a stable name (<c>open-at-start</c>, <c>new</c>, <c>closed</c>, <c>open</c>,
    /// <c>open-historic</c>, <c>open-new</c>, <c>open-force-specific</c>, <c>open-national</c>), the printed figure or
    /// null, and the register's count or null.</returns>
    public static IReadOnlyList<(string Name, PrintedFigure? Printed, int? Register)> Of(InspectionActionsUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        var printed = update.Printed ?? new PrintedActionSummary();
        var movement = update.RegisterMovement;
        var historic = update.Register?.HistoricSplit(update.AsOf, update.HistoricCutOff);
        var scope = update.Register?.ScopeSplit(update.AsOf);
        return
        [
            ("open-at-start", printed.OpenAtStart, movement?.OpenAtStart),
            ("new", printed.New, movement?.New),
            ("closed", printed.Closed, movement?.Closed),
            ("open", printed.OpenAtEnd, movement?.OpenAtEnd),
            ("open-historic", printed.OpenHistoric, historic?.Historic),
            ("open-new", printed.OpenNew, historic?.New),
            ("open-force-specific", printed.OpenForceSpecific, scope?.ForceSpecific),
            ("open-national", printed.OpenNational, scope?.National),
        ];
    }
}
