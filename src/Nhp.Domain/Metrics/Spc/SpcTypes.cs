namespace Nhp.Metrics.Spc;

/// <summary>A statistical process control method. See <see cref="SpcAnalysis"/> for the formulas and sources.</summary>
public enum SpcMethod
{
    /// <summary>The seed's own rules (Appendix A of the Q3 2023/24 performance report): mean ± 2 standard deviations.</summary>
    Sd2,

    /// <summary>NHS England "Making Data Count" XmR chart as implemented by the R package NHSRplotthedots.</summary>
    Nhs,

    /// <summary>The I chart of the R package qicharts2 with Anhøj's runs rules.</summary>
    Anhoej,
}

/// <summary>Which direction of movement is an improvement, for typing special-cause points.</summary>
public enum ImprovementDirection
{
    /// <summary>Neither direction is better: special causes are "neutral high" or "neutral low".</summary>
    Neutral,

    /// <summary>Higher values are better.</summary>
    Increase,

    /// <summary>Lower values are better.</summary>
    Decrease,
}

/// <summary>The rules a point breaks. Flags: one point may break several.</summary>
[Flags]
public enum SpcSignals
{
    /// <summary>No rule.</summary>
    None = 0,

    /// <summary>The point lies above the upper or below the lower limit (strictly). Id <c>outside-limits</c>.</summary>
    OutsideLimits = 1,

    /// <summary>The point is part of a run on one side of the centre line. Id <c>shift</c>.</summary>
    Shift = 2,

    /// <summary>The point is part of a run of successive rises or falls. Id <c>trend</c>.</summary>
    Trend = 4,

    /// <summary>The point is a near-limit point of two out of three beyond the two-sigma line (nhs). Id <c>two-of-three</c>.</summary>
    TwoOfThree = 8,
}

/// <summary>The type of a point under the NHS method, named as NHSRplotthedots names it (in snake case in JSON).</summary>
public enum SpcPointType
{
    /// <summary><c>common_cause</c>: no rule applies.</summary>
    CommonCause,

    /// <summary><c>special_cause_improvement</c>.</summary>
    SpecialCauseImprovement,

    /// <summary><c>special_cause_concern</c>.</summary>
    SpecialCauseConcern,

    /// <summary><c>special_cause_neutral_high</c>: a special cause upwards when no direction is better.</summary>
    SpecialCauseNeutralHigh,

    /// <summary><c>special_cause_neutral_low</c>: a special cause downwards when no direction is better.</summary>
    SpecialCauseNeutralLow,
}

/// <summary>The NHS assurance icon: can the process be relied on to meet its target?</summary>
public enum SpcAssurance
{
    /// <summary><c>consistent_pass</c>: the target lies outside the limits on the good side.</summary>
    ConsistentPass,

    /// <summary><c>consistent_fail</c>: the target lies outside the limits on the bad side.</summary>
    ConsistentFail,

    /// <summary><c>inconsistent</c>: the target lies within the limits; it will be met some of the time.</summary>
    Inconsistent,
}

/// <summary>
/// How to run an SPC analysis. Immutable; equality by value.
/// </summary>
/// <param name="Method">The method.</param>
/// <param name="ScreenMovingRanges">
/// For <see cref="SpcMethod.Nhs"/> and <see cref="SpcMethod.Anhoej"/>: drop moving ranges of at least 3.267 × their
/// mean before computing the limits (default true, as both R packages do; false matches the NHS Excel tool).
/// Ignored by <see cref="SpcMethod.Sd2"/>.
/// </param>
/// <param name="Improvement">Which direction is better (typing of points, assurance).</param>
/// <param name="Target">A target for the NHS assurance icon, or null.</param>
public sealed record SpcOptions(
    SpcMethod Method,
    bool ScreenMovingRanges = true,
    ImprovementDirection Improvement = ImprovementDirection.Neutral,
    double? Target = null);

/// <summary>One point of an SPC chart. Immutable; equality by value.</summary>
/// <param name="Index">The 0-based position in the series.</param>
/// <param name="Value">The value.</param>
/// <param name="Signals">The rules it breaks.</param>
/// <param name="PointType">Its type under the NHS method, or null for the other methods.</param>
public sealed record SpcPoint(int Index, double Value, SpcSignals Signals, SpcPointType? PointType);

/// <summary>
/// Anhøj's runs analysis of a series around its centre line (qicharts2). Immutable; equality by value.
/// </summary>
/// <param name="UsefulPoints">Points not on the centre line.</param>
/// <param name="LongestRun">The longest run of useful points on one side.</param>
/// <param name="LongestRunLimit">round(log2(useful points)) + 3.</param>
/// <param name="Crossings">How many times the series crosses the centre line (runs − 1).</param>
/// <param name="CrossingsMinimum">The 5% lower quantile of Binomial(useful points − 1, 0.5), computed exactly.</param>
/// <param name="Signal">True when the longest run exceeds its limit or the crossings fall below their minimum.</param>
public sealed record SpcRunsAnalysis(int UsefulPoints, int LongestRun, int LongestRunLimit, int Crossings, int CrossingsMinimum, bool Signal);
