using Nhp.Periods;

namespace Nhp.Metrics;

/// <summary>A <see cref="PerformanceSet"/> as <see cref="PerformanceSetJson"/> stores it (the value of <c>"performance"</c>).</summary>
/// <param name="Title">The paper's title.</param>
/// <param name="Quarter">The quarter reported on.</param>
/// <param name="Measures">The measures with their figures.</param>
internal sealed record StoredPerformanceSet(string Title, FinancialQuarter Quarter, IReadOnlyList<StoredMeasureSeries> Measures)
{
    /// <summary>The changes as printed; see <see cref="PerformanceSet.PrintedChanges"/>.</summary>
    public IReadOnlyList<PrintedChange> PrintedChanges { get => printedChanges; init => printedChanges = value ?? []; }

    /// <summary>Monthly public-data context; see <see cref="PerformanceSet.MonthlyContext"/>.</summary>
    public IReadOnlyList<StoredMonthlyCount> MonthlyContext { get => monthlyContext; init => monthlyContext = value ?? []; }

    // Missing lists read as none: the generated deserializer sets init properties to null when absent.
    private readonly IReadOnlyList<PrintedChange> printedChanges = [];

    private readonly IReadOnlyList<StoredMonthlyCount> monthlyContext = [];

    /// <summary>See <see cref="PerformanceSet.ContextCutOff"/>.</summary>
    public NodaTime.LocalDate? ContextCutOff { get; init; }

    public static StoredPerformanceSet From(PerformanceSet set) =>
        new(set.Title, set.Quarter, [.. set.Measures.Select(StoredMeasureSeries.From)])
        {
            PrintedChanges = set.PrintedChanges,
            MonthlyContext = [.. set.MonthlyContext.Select(StoredMonthlyCount.From)],
            ContextCutOff = set.ContextCutOff,
        };

    /// <exception cref="ArgumentException">A measure has two figures for one quarter.</exception>
    public PerformanceSet ToSet() =>
        new(Title, Quarter, [.. Measures.Select(m => m.ToSeries())], PrintedChanges)
        {
            MonthlyContext = [.. MonthlyContext.Select(c => c.ToCount())],
            ContextCutOff = ContextCutOff,
        };
}
