namespace Nhp.Metrics;

/// <summary>
/// One arrow of the performance report's key (Appendix A of the Q3 2023/24 report), with the key's wording.
/// Immutable; equality by value.
/// </summary>
/// <param name="Colour">The colour.</param>
/// <param name="Pointing">The direction.</param>
/// <param name="Reason">Why this arrow was chosen, in one sentence.</param>
public sealed record TrendArrow(TrendColour Colour, TrendPointing Pointing, string Reason)
{
    /// <summary>The key's wording for this arrow, verbatim from the paper.</summary>
    public string KeyText => (Colour, Pointing) switch
    {
        (TrendColour.Green, TrendPointing.Up) => "A green upwards arrow suggests improvement in the direction of travel.",
        (TrendColour.Green, TrendPointing.Right) => "A green arrow pointing right is used for consistent performance at 100%.",
        (TrendColour.Green, TrendPointing.Down) => "A green arrow pointing down means a decreasing trend which is positive.",
        (TrendColour.Red, TrendPointing.Up) => "A red upwards arrow suggests an increasing trend that is negative.",
        (TrendColour.Red, TrendPointing.Down) => "A red downward arrow suggests a decrease in performance.",
        _ => "Amber means there has been limited increases or decreases within tolerance level.",
    };

    /// <summary>A text symbol for the arrow: <c>↑</c>, <c>→</c> or <c>↓</c>.</summary>
    public string Symbol => Pointing switch
    {
        TrendPointing.Up => "\u2191",
        TrendPointing.Down => "\u2193",
        _ => "\u2192",
    };
}
