using Nhp.Periods;

namespace Nhp.Metrics;

/// <summary>
/// The movement of a measure from an earlier value (the base) to a later one. The percentage is always of the base,
/// the earlier value: 368 to 447 is +21.5%, never 79/447. Immutable; equality by value.
/// </summary>
/// <param name="Kind">What the base is.</param>
/// <param name="BasePeriod">The earlier quarter, or null when the base is an average.</param>
/// <param name="BaseValue">The earlier value (or the average).</param>
/// <param name="Period">The later quarter.</param>
/// <param name="Value">The later value.</param>
/// <param name="BasePeriodCount">For <see cref="ChangeKind.AgainstAverage"/>: how many quarters were averaged; for
/// <see cref="ChangeKind.AverageChangePerQuarter"/>: how many quarters the change spans; otherwise 1.</param>
public sealed record Change(
    ChangeKind Kind,
    FinancialQuarter? BasePeriod,
    decimal BaseValue,
    FinancialQuarter Period,
    decimal Value,
    int BasePeriodCount = 1)
{
    /// <summary>The comparison this change was computed for, naming its base; null when made directly.</summary>
    public MeasureComparison? Comparison { get; init; }

    /// <summary>Later value minus base value.</summary>
    public decimal Difference => Value - BaseValue;

    /// <summary>
    /// What <see cref="Percent"/> is of: the <see cref="Difference"/>, or for
    /// <see cref="ChangeKind.AverageChangePerQuarter"/> the difference per quarter (the difference divided by
    /// <see cref="BasePeriodCount"/>).
    /// </summary>
    public decimal Step => Kind == ChangeKind.AverageChangePerQuarter && BasePeriodCount > 0 ? Difference / BasePeriodCount : Difference;

    /// <summary>
    /// The <see cref="Step"/> as a percentage of the base value, or null when the base is zero: the percentage change,
    /// or for an average change per quarter the average quarterly change as a share of the starting figure.
    /// </summary>
    public decimal? Percent => BaseValue == 0 ? null : Step / BaseValue * 100m;

    /// <summary>+1 when the value rose, −1 when it fell, 0 when unchanged.</summary>
    public int Direction => Math.Sign(Difference);

    /// <summary>
    /// The size of <see cref="Percent"/> rounded to a whole number, half away from zero, without its sign (368 to 447:
    /// 79/368 = 21.47%, so 21), or null when the base is zero. The figure a committee sentence prints.
    /// </summary>
    public decimal? WholePercent => Percent is { } percent ? Math.Round(Math.Abs(percent), 0, MidpointRounding.AwayFromZero) : null;

    /// <summary>
    /// The difference as a percentage of the later value (368 to 447: 79/447 = 17.67%), or null when the later value is
    /// zero. Not a percentage change: it is the common mistake a paper makes, kept so that a printed figure can be
    /// explained (see <see cref="PrintedChange.Check"/>).
    /// </summary>
    public decimal? PercentOfLater => Value == 0 ? null : Step / Value * 100m;
}
