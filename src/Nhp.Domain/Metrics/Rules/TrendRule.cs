using Nhp.Delivery;
using Nhp.Findings;
using Nhp.Rag;
using Nhp.Rules;

namespace Nhp.Metrics.Rules;

/// <summary>The latest movement by the paper's trend key.</summary>
internal sealed class TrendRule() : Rule<MeasureCheck>(new RuleDescriptor(PerformanceRules.TrendArrow, PerformanceRules.Area, Severity.Warning, "Trend arrow",
    "Judges the movement of a measure by the performance key, against the comparison its data names for the arrow (the previous quarter unless it names another, such as the same quarter a year earlier): green up (improvement), green right (consistent at 100%), green down (a decrease that is positive), amber (within the measure's tolerance (by default 5% of the base figure, 1 percentage point for a percentage), or not a significant change by SPC, or a measure with no better direction), red up (an increase that is negative), red down (a fall in performance). It says nothing about the target, which is the separate RAG against the target. A red arrow is a warning."))
{
    public override IEnumerable<Finding> Check(MeasureCheck input)
    {
        if (Judge(input) is { Rag: RagStatus.Red } judgement)
        {
            yield return Found(input.Series.Measure.Id, "trend", judgement.Reason);
        }
    }

    public static TrendJudgement? Judge(MeasureCheck input)
    {
        var measure = input.Series.Measure;
        if (input.Series.Compare(measure.TrendComparison, input.Quarter) is not { } change)
        {
            return null;
        }

        var key = measure.TrendTolerance is not { } tolerance ? TrendKey.Default
            : measure.Unit == MeasureUnit.Percentage ? new TrendKey(TrendKey.DefaultTolerancePercent, tolerance)
            : new TrendKey(tolerance, TrendKey.DefaultTolerancePoints);

        // The SPC signal speaks for the latest point against the one before, so it only qualifies that comparison.
        var significance = measure.TrendComparison.Kind == ChangeKind.PeriodOnPeriod ? input.Significance : null;
        return key.Judge(measure, change, significance);
    }
}
