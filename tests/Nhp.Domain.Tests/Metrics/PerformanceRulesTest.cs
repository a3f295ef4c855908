using Nhp.Delivery;
using Nhp.Metrics;
using Nhp.Periods;
using Nhp.Rag;

namespace Nhp.Domain.Tests.Metrics;

/// <summary>
/// The two judgements of a measure, kept apart: the RAG against its target or benchmark, and the trend arrow. Each
/// figure is worked by hand in the comment beside it.
/// </summary>
public class PerformanceRulesTest
{
    private static readonly FinancialQuarter Q2 = FinancialQuarter.Parse("Q2 2023/24");
    private static readonly FinancialQuarter Q3 = FinancialQuarter.Parse("Q3 2023/24");

    private static MeasureCheck Check(MeasureUnit unit, DirectionOfGood good, decimal? q2, decimal? q3, decimal? target = null, decimal? benchmark = null)
    {
        var measure = new MeasureDefinition("m", "Measure", "The measure", "Definition.", "Rule.", unit, good, MeasureFrequency.Quarterly, "Priority", "Source", target, benchmark, benchmark is null ? null : "national average");
        QuarterlyObservation[] observations = [new(Q2, q2), new(Q3, q3)];
        return new MeasureCheck(new MeasureSeries(measure, observations.Where(o => o.Value is not null)), Q3);
    }

    [Fact]
    public void When_a_satisfaction_of_96_percent_stays_at_96_against_a_95_percent_target_the_target_is_met_and_the_trend_is_amber()
    {
        // 96 >= 95: met, GREEN. 96 -> 96: no change, within 1 point: AMBER right. Two judgements, two colours.
        var check = Check(MeasureUnit.Percentage, DirectionOfGood.Higher, 96m, 96m, target: 95m);
        var target = PerformanceRules.JudgeTarget(check)!;
        var trend = PerformanceRules.JudgeTrend(check)!;
        Assert.Equal((TargetOutcome.Met, RagStatus.Green), (target.Outcome, target.Rag));
        Assert.Equal((TrendKeyArrow.Right, RagStatus.Amber), (trend.Arrow, trend.Rag));
        Assert.Contains("above the target of 95%", target.Reason, StringComparison.Ordinal);
    }

    [Theory]
    // Higher is better, target 95%: 94.5 is 0.5 points short (<= 1 point): within tolerance; 93.9 is 1.1 short: missed.
    [InlineData(94.5, TargetOutcome.WithinTolerance, RagStatus.Amber)]
    [InlineData(94, TargetOutcome.WithinTolerance, RagStatus.Amber)]
    [InlineData(93.9, TargetOutcome.Missed, RagStatus.Red)]
    [InlineData(95, TargetOutcome.Met, RagStatus.Green)]
    public void A_percentage_short_of_its_target_by_at_most_one_point_is_amber(decimal value, TargetOutcome outcome, RagStatus rag)
    {
        var judgement = PerformanceRules.JudgeTarget(Check(MeasureUnit.Percentage, DirectionOfGood.Higher, 90m, value, target: 95m))!;
        Assert.Equal((outcome, rag), (judgement.Outcome, judgement.Rag));
    }

    [Fact]
    public void A_rate_of_21_percent_against_a_national_average_of_11_3_percent_meets_the_benchmark()
    {
        // 21 > 11.3, higher is better: met. The benchmark is used when there is no target.
        var judgement = PerformanceRules.JudgeTarget(Check(MeasureUnit.Percentage, DirectionOfGood.Higher, 21m, 21m, benchmark: 11.3m))!;
        Assert.Equal(RagStatus.Green, judgement.Rag);
        Assert.Contains("the national average, 11.3%", judgement.Against, StringComparison.Ordinal);
    }

    [Fact]
    public void A_count_over_a_lower_is_better_target_by_more_than_5_percent_of_the_target_is_red()
    {
        // Target 100, lower is better: 105 is 5 over (5% of 100, within); 106 is 6 over: missed.
        Assert.Equal(RagStatus.Amber, PerformanceRules.JudgeTarget(Check(MeasureUnit.Count, DirectionOfGood.Lower, 90m, 105m, target: 100m))!.Rag);
        Assert.Equal(RagStatus.Red, PerformanceRules.JudgeTarget(Check(MeasureUnit.Count, DirectionOfGood.Lower, 90m, 106m, target: 100m))!.Rag);
    }

    [Fact]
    public void A_measure_with_no_target_no_direction_or_no_figure_is_not_rated_against_a_target()
    {
        Assert.Null(PerformanceRules.JudgeTarget(Check(MeasureUnit.Count, DirectionOfGood.Lower, 1m, 2m)));
        Assert.Null(PerformanceRules.JudgeTarget(Check(MeasureUnit.Count, DirectionOfGood.Neutral, 1m, 2m, target: 1m)));
        Assert.Null(PerformanceRules.JudgeTarget(Check(MeasureUnit.Count, DirectionOfGood.Lower, 1m, null, target: 1m)));
    }

    [Fact]
    public void A_count_with_no_direction_of_good_is_an_amber_trend_whatever_it_does()
    {
        // Crimes recorded 1,586 -> 1,816: +230 (+15%), but more crimes recorded is neither better nor worse.
        var trend = PerformanceRules.JudgeTrend(Check(MeasureUnit.Count, DirectionOfGood.Neutral, 1586m, 1816m))!;
        Assert.Equal((TrendKeyArrow.Up, RagStatus.Amber), (trend.Arrow, trend.Rag));
    }

    [Fact]
    public void A_missed_target_is_a_warning_and_a_near_miss_a_notice()
    {
        Assert.Equal(Nhp.Findings.Severity.Warning, Assert.Single(PerformanceRules.Check(Check(MeasureUnit.Percentage, DirectionOfGood.Higher, 90m, 90m, target: 95m))).Severity);
        Assert.Equal(Nhp.Findings.Severity.Info, Assert.Single(PerformanceRules.Check(Check(MeasureUnit.Percentage, DirectionOfGood.Higher, 94.5m, 94.5m, target: 95m))).Severity);
    }
}
