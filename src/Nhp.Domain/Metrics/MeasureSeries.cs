using Nhp.Periods;

namespace Nhp.Metrics;

/// <summary>
/// A measure and its quarterly figures in chronological order; quarters may be missing (gaps). Computes changes
/// against the earlier value. Immutable.
/// </summary>
public sealed record MeasureSeries
{
    /// <summary>Creates a series; observations are sorted by period.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="observations">The figures; at most one per quarter.</param>
    /// <exception cref="ArgumentException">Two observations share a quarter.</exception>
    public MeasureSeries(MeasureDefinition measure, IEnumerable<QuarterlyObservation> observations)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(observations);
        var sorted = observations.OrderBy(o => o.Period).ToArray();
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].Period == sorted[i - 1].Period)
            {
                throw new ArgumentException($"Two figures for {sorted[i].Period} in the series of {measure.Id}.", nameof(observations));
            }
        }

        Measure = measure;
        Observations = sorted;
    }

    /// <summary>The measure.</summary>
    public MeasureDefinition Measure { get; }

    /// <summary>The figures, oldest first.</summary>
    public IReadOnlyList<QuarterlyObservation> Observations { get; }

    /// <summary>
    /// Figures of this measure for quarters outside the printed table that the paper quotes in its text (the national
    /// fraud outcomes of Q3 2022/23, 1,625), kept apart from <see cref="Observations"/> so that charts show only the
    /// table; changes (<see cref="YearOnYear"/>) use them.
    /// </summary>
    public IReadOnlyList<QuarterlyObservation> ReferenceFigures { get; init; } = [];

    /// <summary>The paper's commentary on the measure (its <c>Reasons</c> and <c>Response</c>), verbatim; may be empty.</summary>
    public IReadOnlyList<MeasureCommentary> Commentary { get; init; } = [];

    /// <summary>The latest quarter that has a value, or null when there is none.</summary>
    public FinancialQuarter? LatestPeriod => Observations.LastOrDefault(o => o.Value is not null)?.Period;

    /// <summary>The value for <paramref name="period"/>, or null when missing.</summary>
    /// <param name="period">The quarter.</param>
    /// <returns>The value or null.</returns>
    public decimal? ValueFor(FinancialQuarter period) =>
        Observations.FirstOrDefault(o => o.Period == period)?.Value ?? ReferenceFigures.FirstOrDefault(o => o.Period == period)?.Value;

    /// <summary>
    /// The change of kind <paramref name="kind"/> to <paramref name="period"/>: against the previous quarter, the same
    /// quarter a year earlier, the average of the earlier quarters, or the measure's benchmark. Null when a figure is missing.
    /// </summary>
    /// <param name="kind">The comparison.</param>
    /// <param name="period">The later quarter.</param>
    /// <returns>The change, always measured against the earlier figure (or the average, or the benchmark).</returns>
    public Change? Compare(ChangeKind kind, FinancialQuarter period) => kind switch
    {
        ChangeKind.PeriodOnPeriod => PeriodOnPeriod(period),
        ChangeKind.YearOnYear => YearOnYear(period),
        ChangeKind.AgainstAverage => AgainstAverage(period),
        ChangeKind.AgainstBenchmark => AgainstBenchmark(period),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a comparison."),
    };

    /// <summary>The comparisons the paper makes for this measure (<see cref="MeasureDefinition.Comparisons"/>) that can be computed for <paramref name="period"/>, in the paper's order.</summary>
    /// <param name="period">The later quarter.</param>
    /// <returns>The changes; empty when the paper makes none or a figure is missing.</returns>
    public IReadOnlyList<Change> PaperComparisons(FinancialQuarter period) =>
        [.. Measure.Comparisons.Select(kind => Compare(kind, period)).OfType<Change>()];

    /// <summary>The difference between the value for <paramref name="period"/> and the measure's benchmark, or null when either is missing.</summary>
    /// <param name="period">The quarter.</param>
    /// <returns>The change from the benchmark to the value.</returns>
    public Change? AgainstBenchmark(FinancialQuarter period) =>
        ValueFor(period) is { } value && Measure.Benchmark is { } benchmark ? new Change(ChangeKind.AgainstBenchmark, null, benchmark, period, value) : null;

    /// <summary>
    /// For a rate with a denominator (<see cref="QuarterlyObservation.Denominator"/>): the count the rate implies in
    /// each quarter of the table, with the printed count where there is one (positive outcomes from the positive
    /// outcome rate and crimes recorded).
    /// </summary>
    /// <returns>One per quarter that has both a rate and a denominator, oldest first.</returns>
    public IReadOnlyList<CountFromRate> CountsFromRate() =>
        [.. Observations.Where(o => o.Value is not null && o.Denominator is not null)
            .Select(o => new CountFromRate(o.Period, o.Value!.Value, o.Denominator!.Value, o.Numerator))];

    /// <summary>The change from the previous quarter to <paramref name="period"/>, or null when either value is missing.</summary>
    /// <param name="period">The later quarter.</param>
    /// <returns>The change, against the previous quarter's value.</returns>
    public Change? PeriodOnPeriod(FinancialQuarter period) => Between(ChangeKind.PeriodOnPeriod, period.Previous, period);

    /// <summary>The change from the same quarter last year to <paramref name="period"/>, or null when either is missing.</summary>
    /// <param name="period">The later quarter.</param>
    /// <returns>The change, against last year's value.</returns>
    public Change? YearOnYear(FinancialQuarter period) => Between(ChangeKind.YearOnYear, period.SamePeriodLastYear, period);

    /// <summary>
    /// The change from the average of every earlier quarter in the series to <paramref name="period"/>, or null when
    /// the quarter has no value or there is no earlier value.
    /// </summary>
    /// <param name="period">The later quarter.</param>
    /// <returns>The change, against the average of the earlier values.</returns>
    public Change? AgainstAverage(FinancialQuarter period)
    {
        var value = ValueFor(period);
        var earlier = Observations.Where(o => o.Period < period && o.Value is not null).Select(o => o.Value!.Value).ToArray();
        if (value is null || earlier.Length == 0)
        {
            return null;
        }

        return new Change(ChangeKind.AgainstAverage, null, earlier.Sum() / earlier.Length, period, value.Value, earlier.Length);
    }

    private Change? Between(ChangeKind kind, FinancialQuarter from, FinancialQuarter to)
    {
        var before = ValueFor(from);
        var after = ValueFor(to);
        return before is null || after is null ? null : new Change(kind, from, before.Value, to, after.Value);
    }
}
