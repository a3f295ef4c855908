using Nhp.Findings;
using Nhp.Metrics.Rules;
using Nhp.Rag;
using Nhp.Rules;

namespace Nhp.Metrics;

/// <summary>
/// The two judgements of a performance measure, kept apart, as rules of area <c>performance</c>: the RAG against the
/// measure's target or benchmark (<see cref="TargetRag"/>) and the trend arrow of the paper's key
/// (<see cref="TrendArrow"/>). <see cref="JudgeTarget"/> and <see cref="JudgeTrend"/> give each judgement with its
/// reason; <see cref="Default"/> runs them as findings (a missed target, a trend the wrong way). Thread-safe.
/// </summary>
public static class PerformanceRules
{
    /// <summary>The area of these rules.</summary>
    public const string Area = "performance";

    /// <summary>The latest figure is judged against the measure's target or benchmark: met, within tolerance or missed.</summary>
    public const string TargetRag = "performance.target.rag";

    /// <summary>The latest movement is judged by the paper's trend key: an arrow and a colour.</summary>
    public const string TrendArrow = "performance.trend.arrow";

    private static readonly TargetRule Target = new();
    private static readonly TrendRule Trend = new();

    /// <summary>The performance rules: <see cref="TargetRag"/>, then <see cref="TrendArrow"/>.</summary>
    public static RuleSet<MeasureCheck> Default { get; } = new("performance", [Target, Trend]);

    /// <summary>
    /// The RAG of the figure for <see cref="MeasureCheck.Quarter"/> against the measure's target, or when it has none
    /// its benchmark: GREEN when the figure is on the good side or equal; AMBER when on the wrong side by no more than
    /// the measure's <see cref="MeasureDefinition.TargetTolerance"/>, by default
    /// <see cref="TrendKey.DefaultTolerancePoints"/> percentage point for a percentage and
    /// <see cref="TrendKey.DefaultTolerancePercent"/>% of the target otherwise; RED beyond it.
    /// </summary>
    /// <param name="check">The measure at the quarter.</param>
    /// <returns>The judgement, or null when the measure has no target or benchmark, no direction of good, or no figure for the quarter.</returns>
    public static TargetJudgement? JudgeTarget(MeasureCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return TargetRule.Judge(check);
    }

    /// <summary>
    /// The trend arrow for the movement to <see cref="MeasureCheck.Quarter"/> against the measure's
    /// <see cref="MeasureDefinition.TrendComparison"/> (the previous quarter unless the data names another), by the
    /// trend key with the measure's <see cref="MeasureDefinition.TrendTolerance"/> (or <see cref="TrendKey.Default"/>)
    /// and, for a comparison with the previous quarter, the check's significance.
    /// </summary>
    /// <param name="check">The measure at the quarter.</param>
    /// <returns>The judgement, or null when the quarter or its base has no figure.</returns>
    public static TrendJudgement? JudgeTrend(MeasureCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return TrendRule.Judge(check);
    }

    /// <summary>Runs <see cref="Default"/> on <paramref name="check"/>.</summary>
    /// <param name="check">The measure at the quarter.</param>
    /// <returns>The findings: a missed or nearly missed target, a trend the wrong way.</returns>
    public static IReadOnlyList<Finding> Check(MeasureCheck check) => Default.Check(check);
}
