using System.Globalization;
using Nhp.Delivery;

namespace Nhp.Rag;

/// <summary>
/// The performance report's trend key as a rule: green up (improvement), green right (consistent at 100%), green
/// down (a decreasing trend that is good), amber right (changes within tolerance), red up (an increasing trend that
/// is bad), red down (a fall in performance).
/// </summary>
/// <remarks>
/// <para>
/// The movement is from the previous value to the latest. It is within tolerance, and so AMBER with a right arrow,
/// when its size is at most <see cref="Tolerance"/> (in the measure's units), or when an
/// <see cref="ISignificantMovement"/> is given and says the movement is not significant. Otherwise the arrow follows
/// the movement and the colour is GREEN if the measure moved in its direction of good, RED if not. A measure that
/// is a percentage and stayed at 100% is GREEN with a right arrow.
/// </para>
/// <para>Immutable; thread-safe if the significance test is.</para>
/// </remarks>
public sealed class TrendKey
{
    private readonly ISignificantMovement? significance;

    /// <summary>Creates the rule.</summary>
    /// <param name="tolerance">The largest movement, in the measure's units, that counts as no change; zero or more.</param>
    /// <param name="significance">Optional: decides whether a larger movement is a signal; null treats every movement beyond tolerance as real.</param>
    /// <exception cref="ArgumentOutOfRangeException">The tolerance is negative or not a number.</exception>
    public TrendKey(double tolerance, ISignificantMovement? significance = null)
    {
        if (double.IsNaN(tolerance) || tolerance < 0 || double.IsInfinity(tolerance))
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance must be a finite number, zero or more.");
        }

        Tolerance = tolerance;
        this.significance = significance;
    }

    /// <summary>The largest movement that counts as no change.</summary>
    public double Tolerance { get; }

    /// <summary>Judges a measure's latest movement.</summary>
    /// <param name="measure">The measure's name, for the reason.</param>
    /// <param name="good">Which way is better.</param>
    /// <param name="values">The values in time order, oldest first; at least two, all finite.</param>
    /// <param name="isPercentage">Whether the values are percentages, so that staying at 100 is "consistent at 100%".</param>
    /// <returns>The arrow, the RAG and the reason.</returns>
    /// <exception cref="ArgumentException">Fewer than two values, or a value is not finite.</exception>
    public TrendJudgement Judge(string measure, GoodDirection good, IReadOnlyList<double> values, bool isPercentage = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(measure);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count < 2)
        {
            throw new ArgumentException("The trend key needs at least two values: the previous and the latest.", nameof(values));
        }

        if (values.Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException("Every value must be a finite number.", nameof(values));
        }

        var previous = values[^2];
        var latest = values[^1];
        var change = latest - previous;
        var from = Number(previous, isPercentage);
        var to = Number(latest, isPercentage);
        var moved = string.Create(CultureInfo.InvariantCulture, $"{measure} moved from {from} to {to}");

        if (isPercentage && previous >= 100 && latest >= 100)
        {
            return new TrendJudgement(TrendKeyArrow.Right, RagStatus.Green, $"{measure} stayed at {to}: green right arrow, consistent performance at 100%.");
        }

        if (Math.Abs(change) <= Tolerance)
        {
            return new TrendJudgement(
                TrendKeyArrow.Right,
                RagStatus.Amber,
                string.Create(CultureInfo.InvariantCulture, $"{moved}, a change of {Number(Math.Abs(change), isPercentage, points: true)}, within the tolerance of {Number(Tolerance, isPercentage, points: true)}: amber, no real change."));
        }

        if (significance is not null && !significance.IsSignificant(values))
        {
            return new TrendJudgement(TrendKeyArrow.Right, RagStatus.Amber, $"{moved}, which is not a significant change: amber, within normal variation.");
        }

        var up = change > 0;
        var better = up == (good == GoodDirection.Up);
        var arrow = up ? TrendKeyArrow.Up : TrendKeyArrow.Down;
        var meaning = (up, better) switch
        {
            (true, true) => "green up arrow, an improvement",
            (false, true) => "green down arrow, a decreasing trend which is positive",
            (true, false) => "red up arrow, an increasing trend which is negative",
            (false, false) => "red down arrow, a fall in performance",
        };
        var goodWay = good == GoodDirection.Up ? "higher is better" : "lower is better";
        return new TrendJudgement(arrow, better ? RagStatus.Green : RagStatus.Red, $"{moved} ({goodWay}): {meaning}.");
    }

    private static string Number(double value, bool isPercentage, bool points = false)
    {
        var text = value.ToString("0.##", CultureInfo.InvariantCulture);
        return isPercentage ? text + (points ? " percentage points" : "%") : text;
    }
}
