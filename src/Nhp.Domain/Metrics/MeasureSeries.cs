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

    /// <summary>The latest quarter that has a value, or null when there is none.</summary>
    public FinancialQuarter? LatestPeriod => Observations.LastOrDefault(o => o.Value is not null)?.Period;

    /// <summary>The value for <paramref name="period"/>, or null when missing.</summary>
    /// <param name="period">The quarter.</param>
    /// <returns>The value or null.</returns>
    public decimal? ValueFor(FinancialQuarter period) => Observations.FirstOrDefault(o => o.Period == period)?.Value;

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
