using Nhp.Delivery;
using Nhp.Metrics;

namespace Nhp.Rag;

/// <summary>
/// The performance report's trend key (Appendix A of the Q3 2023/24 performance report) as a RAG rule: it turns a
/// measure's direction of good, its latest movement and a tolerance into an arrow, a RAG and the reason in words.
/// The key: green up (improvement), green right (consistent performance at 100%), green down (a decreasing trend which
/// is positive), amber (limited increases or decreases within tolerance), red up (an increasing trend that is
/// negative), red down (a decrease in performance).
/// </summary>
/// <remarks>
/// <para>The rules, applied in this order to the movement from the earlier value to the later one:</para>
/// <list type="number">
/// <item>A percentage measure at exactly 100 in both periods: GREEN, pointing right ("consistent at 100%").</item>
/// <item>A measure with no direction of good (<see cref="DirectionOfGood.Neutral"/>): AMBER, the arrow following the
/// movement (right when unchanged).</item>
/// <item>Within tolerance: AMBER, pointing right. For a percentage measure the tolerance is absolute, in percentage
/// points (<see cref="TolerancePoints"/>); for every other unit it is relative, a change of no more than
/// <see cref="TolerancePercent"/>% of the earlier figure (from an earlier figure of zero, only no change is within
/// tolerance). The boundary itself is within tolerance.</item>
/// <item>Not significant: when an <see cref="IMovementSignificance"/> (for example an SPC result) is given and says
/// the latest point is not a signal, AMBER pointing right, whatever the size of the movement.</item>
/// <item>Otherwise the arrow points the way the value moved: GREEN when that is the direction of good, RED when not.</item>
/// </list>
/// <para>
/// The tolerance is a judgement, not a national standard: <see cref="Default"/> holds Nhp's defaults (5% of the earlier
/// figure; 1 percentage point), which a force may replace with its own. Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class TrendKey
{
    /// <summary>Nhp's default relative tolerance: a change of no more than 5% of the earlier figure.</summary>
    public const decimal DefaultTolerancePercent = 5m;

    /// <summary>Nhp's default tolerance for percentage measures: no more than 1 percentage point.</summary>
    public const decimal DefaultTolerancePoints = 1m;

    /// <summary>Creates the rule.</summary>
    /// <param name="tolerancePercent">For measures that are not percentages: the largest change, in percent of the earlier figure, that is within tolerance; zero or more.</param>
    /// <param name="tolerancePoints">For percentage measures: the largest change, in percentage points, that is within tolerance; zero or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">A tolerance is negative.</exception>
    public TrendKey(decimal tolerancePercent = DefaultTolerancePercent, decimal tolerancePoints = DefaultTolerancePoints)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tolerancePercent);
        ArgumentOutOfRangeException.ThrowIfNegative(tolerancePoints);
        TolerancePercent = tolerancePercent;
        TolerancePoints = tolerancePoints;
    }

    /// <summary>The rule with Nhp's default tolerances (<see cref="DefaultTolerancePercent"/>, <see cref="DefaultTolerancePoints"/>).</summary>
    public static TrendKey Default { get; } = new();

    /// <summary>The largest change, in percent of the earlier figure, that is within tolerance (measures that are not percentages).</summary>
    public decimal TolerancePercent { get; }

    /// <summary>The largest change, in percentage points, that is within tolerance (percentage measures).</summary>
    public decimal TolerancePoints { get; }

    /// <summary>Judges a measure's movement.</summary>
    /// <param name="measure">The measure: its subject names it in the reason; its unit and direction of good decide.</param>
    /// <param name="change">The movement, from <see cref="Change.BaseValue"/> to <see cref="Change.Value"/>.</param>
    /// <param name="significance">Optional: a statistical judgement of the latest point; null leaves the decision to the tolerance alone.</param>
    /// <returns>The arrow, the RAG and the reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="measure"/> or <paramref name="change"/> is null.</exception>
    public TrendJudgement Judge(MeasureDefinition measure, Change change, IMovementSignificance? significance = null)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(change);
        var unit = measure.Unit;
        var from = MeasureFormat.Value(change.BaseValue, unit);
        var to = MeasureFormat.Value(change.Value, unit);
        var moved = change.Direction == 0 ? $"{measure.Subject} stayed at {to}" : $"{measure.Subject} moved from {from} to {to}";

        if (unit == MeasureUnit.Percentage && change.BaseValue == 100m && change.Value == 100m)
        {
            return new TrendJudgement(TrendKeyArrow.Right, RagStatus.Green, $"{moved}: green right arrow, consistent performance at 100%.");
        }

        var arrow = change.Direction > 0 ? TrendKeyArrow.Up : change.Direction < 0 ? TrendKeyArrow.Down : TrendKeyArrow.Right;
        if (measure.DirectionOfGood == DirectionOfGood.Neutral)
        {
            return new TrendJudgement(arrow, RagStatus.Amber, $"{moved}; no direction is better for this measure: amber.");
        }

        var size = Size(change, unit, unit == MeasureUnit.Percentage ? TolerancePoints : TolerancePercent);
        if (WithinTolerance(change, unit))
        {
            var how = change.Direction == 0 ? "no change" : $"a change of {size}";
            return new TrendJudgement(TrendKeyArrow.Right, RagStatus.Amber, $"{moved}, {how}, within the tolerance of {Limit(unit)}: amber, no real change.");
        }

        if (significance is { IsSignificant: false })
        {
            return new TrendJudgement(
                TrendKeyArrow.Right,
                RagStatus.Amber,
                $"{moved}, a change of {size}, but it is not a significant change ({significance.Explanation.TrimEnd('.')}): amber, within normal variation.");
        }

        var up = change.Direction > 0;
        var better = up == (measure.DirectionOfGood == DirectionOfGood.Higher);
        var meaning = (up, better) switch
        {
            (true, true) => "green up arrow, an improvement",
            (false, true) => "green down arrow, a decreasing trend which is positive",
            (true, false) => "red up arrow, an increasing trend which is negative",
            (false, false) => "red down arrow, a fall in performance",
        };
        var goodWay = measure.DirectionOfGood == DirectionOfGood.Higher ? "higher is better" : "lower is better";
        var signal = significance is null ? string.Empty : $" {significance.Explanation}";
        return new TrendJudgement(
            arrow,
            better ? RagStatus.Green : RagStatus.Red,
            $"{moved}, a change of {size}, more than the tolerance of {Limit(unit)} ({goodWay}): {meaning}.{signal}");
    }

    /// <summary>The key's wording for an arrow and colour, verbatim from the paper's Appendix A.</summary>
    /// <param name="arrow">The arrow.</param>
    /// <param name="rag">The colour; any AMBER (or an unrecognised combination) gives the amber wording.</param>
    /// <returns>One sentence of the key.</returns>
    public static string KeyText(TrendKeyArrow arrow, RagStatus rag) => (rag, arrow) switch
    {
        (RagStatus.Green, TrendKeyArrow.Up) => "A green upwards arrow suggests improvement in the direction of travel.",
        (RagStatus.Green, TrendKeyArrow.Right) => "A green arrow pointing right is used for consistent performance at 100%.",
        (RagStatus.Green, TrendKeyArrow.Down) => "A green arrow pointing down means a decreasing trend which is positive.",
        (RagStatus.Red, TrendKeyArrow.Up) => "A red upwards arrow suggests an increasing trend that is negative.",
        (RagStatus.Red, TrendKeyArrow.Down) => "A red downward arrow suggests a decrease in performance.",
        _ => "Amber means there has been limited increases or decreases within tolerance level.",
    };

    /// <summary>A text symbol for an arrow: <c>↑</c>, <c>→</c> or <c>↓</c>.</summary>
    /// <param name="arrow">The arrow.</param>
    /// <returns>The symbol.</returns>
    public static string Symbol(TrendKeyArrow arrow) => arrow switch
    {
        TrendKeyArrow.Up => "\u2191",
        TrendKeyArrow.Down => "\u2193",
        _ => "\u2192",
    };

    private bool WithinTolerance(Change change, MeasureUnit unit) =>
        unit == MeasureUnit.Percentage
            ? Math.Abs(change.Difference) <= TolerancePoints
            : change.Percent is { } percent ? Math.Abs(percent) <= TolerancePercent : change.Difference == 0;

    private string Limit(MeasureUnit unit) =>
        unit == MeasureUnit.Percentage ? Points(TolerancePoints) : $"{MeasureFormat.Number(TolerancePercent)}% of the earlier figure";

    private static string Size(Change change, MeasureUnit unit, decimal limit)
    {
        if (unit == MeasureUnit.Percentage)
        {
            return Points(Math.Abs(change.Difference), limit);
        }

        var amount = MeasureFormat.Value(Math.Abs(change.Difference), unit);
        return change.Percent is { } percent
            ? $"{amount} ({Beside(Math.Abs(percent), limit)}% of the earlier figure)"
            : $"{amount} from zero";
    }

    private static string Points(decimal points, decimal? limit = null)
    {
        var text = limit is { } l ? Beside(points, l) : MeasureFormat.Number(points);
        return text + (points == 1m ? " percentage point" : " percentage points");
    }

    // Two decimals, unless that would show a size beyond the limit as equal to it (5.001% shown as "5%" beside a 5%
    // tolerance): then as many decimals as it takes, up to eight.
    private static string Beside(decimal size, decimal limit)
    {
        if (size <= limit || Math.Round(size, 2, MidpointRounding.AwayFromZero) > limit)
        {
            return MeasureFormat.Number(size);
        }

        return Math.Round(size, 8, MidpointRounding.AwayFromZero).ToString("#,0.########", System.Globalization.CultureInfo.InvariantCulture);
    }
}
