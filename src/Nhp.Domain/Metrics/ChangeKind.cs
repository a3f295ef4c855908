namespace Nhp.Metrics;

/// <summary>What a <see cref="Change"/> compares a period with (see <see cref="MeasureComparison"/> for the base it names).</summary>
public enum ChangeKind
{
    /// <summary>The period before (Q2 to Q3).</summary>
    PeriodOnPeriod,

    /// <summary>The same period of the previous year (Q3 2022/23 to Q3 2023/24).</summary>
    YearOnYear,

    /// <summary>The average of a period: the quarters <see cref="MeasureComparison.From"/> to <see cref="MeasureComparison.To"/>, or when none is stated every earlier quarter of the series.</summary>
    AgainstAverage,

    /// <summary>A benchmark such as a national average (<see cref="MeasureDefinition.Benchmark"/>); the base has no quarter.</summary>
    AgainstBenchmark,

    /// <summary>A stated earlier quarter (<see cref="MeasureComparison.From"/>): "a decrease of 4% since Q1 23/24".</summary>
    SinceQuarter,

    /// <summary>
    /// The highest figure: the stated quarter (<see cref="MeasureComparison.From"/>) when the paper names it ("since the
    /// highest crime count in Q2 22/23"), otherwise the highest earlier figure of the series.
    /// </summary>
    SincePeak,

    /// <summary>
    /// The average change per quarter from a stated quarter (<see cref="MeasureComparison.From"/>, or the first figure)
    /// to the period: the whole change divided by the number of quarters, its percentage of the starting figure.
    /// </summary>
    AverageChangePerQuarter,

    /// <summary>
    /// The year to date against the same part of the previous financial year: the total of the financial year's quarters
    /// up to the period (Q1 to Q3 2023/24) against the total of the same quarters a year earlier (Q1 to Q3 2022/23). A
    /// total is summed from the quarters where the series has them all, otherwise taken from a total quoted in the paper
    /// (<see cref="MeasureSeries.ReferenceTotals"/>).
    /// </summary>
    YearToDate,
}
