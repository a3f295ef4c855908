namespace Nhp.Metrics;

/// <summary>
/// A simple, documented reading of the performance key in Appendix A of the Q3 2023/24 report, so the report can show
/// an arrow; the RAG rules may replace it. The key's words and how they are read:
/// <list type="number">
/// <item>"consistent performance at 100%": a percentage measure at 100 in both periods: green, pointing right.</item>
/// <item>A measure with no direction of good: amber.</item>
/// <item>"changes within tolerance level": when a significance judgement (e.g. SPC) is given and finds no signal, or
/// when none is given and the change is no more than <see cref="TolerancePercent"/>% of the earlier value (for a
/// percentage measure: no more than <see cref="TolerancePoints"/> percentage points): amber, pointing right.</item>
/// <item>Otherwise the arrow points the way the value moved, green when that is the measure's direction of good
/// ("improvement", "a decreasing trend which is positive"), red when it is not ("an increasing trend that is
/// negative", "a decrease in performance").</item>
/// </list>
/// </summary>
public static class PerformanceTrendKey
{
    /// <summary>The largest change, in percent of the earlier value, that counts as within tolerance: 5.</summary>
    public const decimal TolerancePercent = 5m;

    /// <summary>The largest change of a percentage measure, in percentage points, that counts as within tolerance: 1.</summary>
    public const decimal TolerancePoints = 1m;

    /// <summary>Chooses the arrow for <paramref name="change"/> of <paramref name="measure"/>.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="change">The latest period-on-period change.</param>
    /// <param name="significance">A statistical judgement of the latest point, or null to use the tolerance.</param>
    /// <returns>The arrow.</returns>
    public static TrendArrow Assess(MeasureDefinition measure, Change change, IMovementSignificance? significance = null)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(change);
        if (measure.Unit == MeasureUnit.Percentage && change.BaseValue == 100m && change.Value == 100m)
        {
            return new TrendArrow(TrendColour.Green, TrendPointing.Right, "Consistent performance at 100%.");
        }

        if (measure.DirectionOfGood == DirectionOfGood.Neutral)
        {
            return new TrendArrow(TrendColour.Amber, Pointing(change.Direction), "The measure has no direction of good.");
        }

        if (significance is { IsSignificant: false })
        {
            return new TrendArrow(TrendColour.Amber, TrendPointing.Right, "Within tolerance: " + significance.Explanation);
        }

        if (significance is null && WithinTolerance(measure, change))
        {
            var limit = measure.Unit == MeasureUnit.Percentage
                ? $"{MeasureFormat.Number(TolerancePoints)} percentage point"
                : $"{MeasureFormat.Number(TolerancePercent)}% of the earlier figure";
            return new TrendArrow(TrendColour.Amber, TrendPointing.Right, $"Within tolerance: the change is no more than {limit}.");
        }

        var up = change.Direction > 0;
        var good = up == (measure.DirectionOfGood == DirectionOfGood.Higher);
        var reason = (good, up) switch
        {
            (true, true) => "Improvement: the value rose and higher is better.",
            (true, false) => "Improvement: the value fell and lower is better.",
            (false, true) => "Deterioration: the value rose and lower is better.",
            _ => "Deterioration: the value fell and higher is better.",
        };
        return new TrendArrow(good ? TrendColour.Green : TrendColour.Red, up ? TrendPointing.Up : TrendPointing.Down, reason);
    }

    private static bool WithinTolerance(MeasureDefinition measure, Change change) =>
        measure.Unit == MeasureUnit.Percentage
            ? Math.Abs(change.Difference) <= TolerancePoints
            : change.Percent is { } percent ? Math.Abs(percent) <= TolerancePercent : change.Difference == 0;

    private static TrendPointing Pointing(int direction) =>
        direction > 0 ? TrendPointing.Up : direction < 0 ? TrendPointing.Down : TrendPointing.Right;
}
