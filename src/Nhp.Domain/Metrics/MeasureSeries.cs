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

    /// <summary>
    /// Totals over several quarters that the paper quotes in its text (the national fraud outcomes of Q1 to Q3 2022/23,
    /// "4,751 YTD"); <see cref="ChangeKind.YearToDate"/> uses one where the series lacks a quarter of the span.
    /// </summary>
    public IReadOnlyList<PeriodTotal> ReferenceTotals { get; init; } = [];

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
    /// The change of kind <paramref name="kind"/> to <paramref name="period"/>, with no stated quarter (see
    /// <see cref="Compare(MeasureComparison, FinancialQuarter)"/>).
    /// </summary>
    /// <param name="kind">The comparison.</param>
    /// <param name="period">The later quarter.</param>
    /// <returns>The change, or null when a figure is missing or the kind needs a stated quarter.</returns>
    public Change? Compare(ChangeKind kind, FinancialQuarter period) => Compare(new MeasureComparison(kind), period);

    /// <summary>
    /// The change to <paramref name="period"/> against the base <paramref name="comparison"/> names: the previous
    /// quarter, the same quarter a year earlier, the average of a period (by default every earlier quarter), the
    /// measure's benchmark, a stated quarter, the peak (the stated quarter, or the highest earlier figure), or the
    /// average change per quarter since a stated quarter (from the first figure at or after it), or the year to date
    /// against the same quarters of the previous year. Figures and totals quoted in the text (<see cref="ReferenceFigures"/>,
    /// <see cref="ReferenceTotals"/>) count as well as the table's.
    /// </summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="period">The later quarter.</param>
    /// <returns>
    /// The change, always measured against the base, with <see cref="Change.Comparison"/> set; null when a figure is
    /// missing (the quarter's, or the base's) or a <see cref="ChangeKind.SinceQuarter"/> names no quarter.
    /// </returns>
    public Change? Compare(MeasureComparison comparison, FinancialQuarter period)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var change = comparison.Kind switch
        {
            ChangeKind.PeriodOnPeriod => PeriodOnPeriod(period),
            ChangeKind.YearOnYear => YearOnYear(period),
            ChangeKind.AgainstAverage => AgainstAverage(period, comparison.From, comparison.To),
            ChangeKind.AgainstBenchmark => AgainstBenchmark(period),
            ChangeKind.SinceQuarter => comparison.From is { } from && from < period ? Between(ChangeKind.SinceQuarter, from, period) : null,
            ChangeKind.SincePeak => SincePeak(period, comparison.From),
            ChangeKind.AverageChangePerQuarter => AverageChangePerQuarter(period, comparison.From),
            ChangeKind.YearToDate => YearToDate(period),
            _ => throw new ArgumentOutOfRangeException(nameof(comparison), comparison.Kind, "Not a comparison."),
        };
        return change is null ? null : change with { Comparison = comparison };
    }

    /// <summary>The comparisons the paper makes for this measure (<see cref="MeasureDefinition.Comparisons"/>) that can be computed for <paramref name="period"/>, in the paper's order.</summary>
    /// <param name="period">The later quarter.</param>
    /// <returns>The changes; empty when the paper makes none or a figure is missing.</returns>
    public IReadOnlyList<Change> PaperComparisons(FinancialQuarter period) =>
        [.. Measure.Comparisons.Select(comparison => Compare(comparison, period)).OfType<Change>()];

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
    public Change? AgainstAverage(FinancialQuarter period) => AgainstAverage(period, null, null);

    private Change? AgainstAverage(FinancialQuarter period, FinancialQuarter? from, FinancialQuarter? to)
    {
        var value = ValueFor(period);
        var last = to is { } stated && stated < period ? stated : period.Previous;
        var earlier = Figures().Where(o => o.Period <= last && (from is null || o.Period >= from)).Select(o => o.Value!.Value).ToArray();
        if (value is null || earlier.Length == 0)
        {
            return null;
        }

        return new Change(ChangeKind.AgainstAverage, null, earlier.Sum() / earlier.Length, period, value.Value, earlier.Length);
    }

    private Change? SincePeak(FinancialQuarter period, FinancialQuarter? stated)
    {
        if (stated is { } quarter)
        {
            return quarter < period ? Between(ChangeKind.SincePeak, quarter, period) : null;
        }

        var peak = Figures().Where(o => o.Period < period).OrderByDescending(o => o.Value).ThenBy(o => o.Period).FirstOrDefault();
        return peak is null ? null : Between(ChangeKind.SincePeak, peak.Period, period);
    }

    private Change? AverageChangePerQuarter(FinancialQuarter period, FinancialQuarter? from)
    {
        var first = Figures().FirstOrDefault(o => o.Period < period && (from is null || o.Period >= from));
        if (first is null || ValueFor(period) is not { } value)
        {
            return null;
        }

        var quarters = 0;
        for (var q = first.Period; q < period; q = q.Next)
        {
            quarters++;
        }

        return new Change(ChangeKind.AverageChangePerQuarter, first.Period, first.Value!.Value, period, value, quarters);
    }

    /// <summary>
    /// The total of the quarters <paramref name="from"/> to <paramref name="to"/>: the sum of the series' figures when
    /// every quarter of the span has one, otherwise a total the paper quotes for exactly that span, otherwise null.
    /// </summary>
    /// <param name="from">The first quarter.</param>
    /// <param name="to">The last quarter.</param>
    /// <returns>The total, or null when it cannot be known.</returns>
    public decimal? Total(FinancialQuarter from, FinancialQuarter to)
    {
        if (to < from)
        {
            return null;
        }

        var sum = 0m;
        for (var q = from; q <= to; q = q.Next)
        {
            if (ValueFor(q) is not { } value)
            {
                return ReferenceTotals.FirstOrDefault(t => t.From == from && t.To == to)?.Value;
            }

            sum += value;
        }

        return sum;
    }

    /// <summary>
    /// The year to date to <paramref name="period"/> (its financial year's first quarter to it) against the same quarters
    /// of the previous year; null when either total cannot be known (see <see cref="Total"/>) or the measure is a
    /// percentage, a rate or a score, whose quarters do not add up to a total.
    /// </summary>
    /// <param name="period">The last quarter of the year to date.</param>
    /// <returns>The change; <see cref="Change.BasePeriodCount"/> is the number of quarters in each total.</returns>
    public Change? YearToDate(FinancialQuarter period)
    {
        if (Measure.Unit is MeasureUnit.Percentage or MeasureUnit.Rate or MeasureUnit.Score)
        {
            return null;
        }

        var lastYear = period.SamePeriodLastYear;
        var value = Total(new FinancialQuarter(period.Year, 1), period);
        var before = Total(new FinancialQuarter(lastYear.Year, 1), lastYear);
        return value is null || before is null ? null : new Change(ChangeKind.YearToDate, lastYear, before.Value, period, value.Value, period.Quarter);
    }

    // The table's figures and those quoted in the text, oldest first, without gaps.
    private IEnumerable<QuarterlyObservation> Figures() =>
        Observations.Concat(ReferenceFigures.Where(r => Observations.All(o => o.Period != r.Period)))
            .Where(o => o.Value is not null).OrderBy(o => o.Period);

    private Change? Between(ChangeKind kind, FinancialQuarter from, FinancialQuarter to)
    {
        var before = ValueFor(from);
        var after = ValueFor(to);
        return before is null || after is null ? null : new Change(kind, from, before.Value, to, after.Value);
    }
}
