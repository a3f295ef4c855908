namespace Nhp.Metrics;

/// <summary>What a <see cref="Change"/> compares a period with.</summary>
public enum ChangeKind
{
    /// <summary>The period before (Q2 to Q3).</summary>
    PeriodOnPeriod,

    /// <summary>The same period of the previous year (Q3 2022/23 to Q3 2023/24).</summary>
    YearOnYear,

    /// <summary>The average of the earlier periods in the series.</summary>
    AgainstAverage,

    /// <summary>A benchmark such as a national average (<see cref="MeasureDefinition.Benchmark"/>); the base has no quarter.</summary>
    AgainstBenchmark,
}
