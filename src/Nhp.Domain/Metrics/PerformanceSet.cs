using Nhp.Periods;

namespace Nhp.Metrics;

/// <summary>
/// The performance measures a force reports for one quarter, with the changes its paper printed so a report can show
/// where the paper's arithmetic differs. Immutable.
/// </summary>
/// <param name="Title">The paper's title, e.g. <c>Q3 Policing Plan Performance 2023-24</c>.</param>
/// <param name="Quarter">The quarter reported on.</param>
/// <param name="Measures">The measures with their figures, in the paper's order.</param>
/// <param name="PrintedChanges">Changes as the paper printed them; may be empty.</param>
public sealed record PerformanceSet(
    string Title,
    FinancialQuarter Quarter,
    IReadOnlyList<MeasureSeries> Measures,
    IReadOnlyList<PrintedChange> PrintedChanges)
{
    /// <summary>
    /// Monthly series from public data that give context to the measures (e.g. police.uk counts of crime type groups),
    /// one entry per month and series, ordered by series then month; empty when there are none.
    /// </summary>
    public IReadOnlyList<PoliceUk.MonthlyCrimeCount> MonthlyContext { get; init; } = [];

    /// <summary>
    /// The last day the monthly context may speak for, usually the date of the paper: a month that ends after it was
    /// not known when the paper was written and is left out of <see cref="ContextInUse"/>. Null keeps every month.
    /// </summary>
    public NodaTime.LocalDate? ContextCutOff { get; init; }

    /// <summary>The months of <see cref="MonthlyContext"/> that end on or before <see cref="ContextCutOff"/>, in the same order.</summary>
    public IReadOnlyList<PoliceUk.MonthlyCrimeCount> ContextInUse =>
        ContextCutOff is { } cut ? [.. MonthlyContext.Where(c => c.Month.OnDayOfMonth(1).PlusMonths(1).PlusDays(-1) <= cut)] : MonthlyContext;
}
