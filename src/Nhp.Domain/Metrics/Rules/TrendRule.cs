using Nhp.Delivery;
using Nhp.Findings;
using Nhp.Rag;
using Nhp.Rules;

namespace Nhp.Metrics.Rules;

/// <summary>The latest movement by the paper's trend key.</summary>
internal sealed class TrendRule() : Rule<MeasureCheck>(new RuleDescriptor(PerformanceRules.TrendArrow, PerformanceRules.Area, Severity.Warning, "Trend arrow",
    "Judges the movement of a measure from the previous quarter by the performance key: green up (improvement), green right (consistent at 100%), green down (a decrease that is positive), amber (within tolerance, or not a significant change by SPC, or a measure with no better direction), red up (an increase that is negative), red down (a fall in performance). It says nothing about the target, which is the separate RAG against the target. A red arrow is a warning."))
{
    public override IEnumerable<Finding> Check(MeasureCheck input)
    {
        if (Judge(input) is { Rag: RagStatus.Red } judgement)
        {
            yield return Found(input.Series.Measure.Id, "trend", judgement.Reason);
        }
    }

    public static TrendJudgement? Judge(MeasureCheck input) =>
        input.Series.PeriodOnPeriod(input.Quarter) is { } change
            ? TrendKey.Default.Judge(input.Series.Measure, change, input.Significance)
            : null;
}
