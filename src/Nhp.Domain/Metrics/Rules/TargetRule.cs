using Nhp.Delivery;
using Nhp.Findings;
using Nhp.Rag;
using Nhp.Rules;

namespace Nhp.Metrics.Rules;

/// <summary>The latest figure against the measure's target or benchmark.</summary>
internal sealed class TargetRule() : Rule<MeasureCheck>(new RuleDescriptor(PerformanceRules.TargetRag, PerformanceRules.Area, Severity.Warning, "RAG against the target",
    "Judges a measure's figure for the quarter against its target, or when it has none its benchmark (such as a national average): GREEN when the target is met, AMBER when it is missed by no more than the measure's tolerance (its data may state one; by default 1 percentage point for a percentage, 5% of the target otherwise), RED beyond it. It is a separate judgement from the trend arrow: a measure can improve and still miss its target, or fall and still meet it. A missed target is a warning; a near miss a notice."))
{
    public override IEnumerable<Finding> Check(MeasureCheck input)
    {
        var judgement = Judge(input);
        if (judgement is null || judgement.Outcome == TargetOutcome.Met)
        {
            yield break;
        }

        yield return judgement.Outcome == TargetOutcome.Missed
            ? Found(input.Series.Measure.Id, "target", judgement.Reason)
            : FoundAt(Severity.Info, input.Series.Measure.Id, "target", judgement.Reason);
    }

    public static TargetJudgement? Judge(MeasureCheck input)
    {
        var measure = input.Series.Measure;
        if (measure.DirectionOfGood == DirectionOfGood.Neutral || input.Series.ValueFor(input.Quarter) is not { } value)
        {
            return null;
        }

        var unit = measure.Unit;
        string against;
        decimal level;
        if (measure.Target is { } target)
        {
            (level, against) = (target, "the target of " + MeasureFormat.Value(target, unit));
        }
        else if (measure.Benchmark is { } benchmark)
        {
            (level, against) = (benchmark, (measure.BenchmarkText is { } named ? "the " + named + ", " : "the benchmark, ") + MeasureFormat.Value(benchmark, unit));
        }
        else
        {
            return null;
        }

        var higher = measure.DirectionOfGood == DirectionOfGood.Higher;
        var shortfall = higher ? level - value : value - level;
        var allowed = measure.TargetTolerance ?? (unit == MeasureUnit.Percentage ? TrendKey.DefaultTolerancePoints : TrendKey.DefaultTolerancePercent);
        var tolerance = unit == MeasureUnit.Percentage ? allowed : Math.Abs(level) * allowed / 100m;
        var toleranceText = unit == MeasureUnit.Percentage
            ? MeasureFormat.Number(allowed) + (allowed == 1m ? " percentage point" : " percentage points")
            : MeasureFormat.Number(allowed) + "% of the target";
        var outcome = shortfall <= 0 ? TargetOutcome.Met : shortfall <= tolerance ? TargetOutcome.WithinTolerance : TargetOutcome.Missed;
        var rag = outcome switch { TargetOutcome.Met => RagStatus.Green, TargetOutcome.WithinTolerance => RagStatus.Amber, _ => RagStatus.Red };
        var side = value == level ? "equal to" : (value > level) ? "above" : "below";
        var verdict = outcome switch
        {
            TargetOutcome.Met => "target met, GREEN",
            TargetOutcome.WithinTolerance => $"missed, but within the tolerance of {toleranceText}, AMBER",
            _ => $"missed by more than the tolerance of {toleranceText}, RED",
        };
        var reason = $"{measure.Subject} was {MeasureFormat.Value(value, unit)} in {input.Quarter}, {side} {against} ({(higher ? "higher" : "lower")} is better): {verdict}.";
        return new TargetJudgement(outcome, rag, against, reason);
    }
}
