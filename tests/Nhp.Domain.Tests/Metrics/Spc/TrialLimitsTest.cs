using Nhp.Metrics;
using Nhp.Metrics.Spc;

namespace Nhp.Domain.Tests.Metrics.Spc;

/// <summary>
/// The trial-limit policy and the options of a measure: the one answer the CLI (<c>nhp spc</c>) and the performance
/// report give to "are these limits trial limits?" and "which way is an improvement?".
/// </summary>
public class TrialLimitsTest
{
    // Neighbourhood crime, Q4 2022/23 to Q3 2023/24.
    private static readonly double[] FourQuarters = [413, 428, 371, 409];

    private static MeasureDefinition Measure(DirectionOfGood good, decimal? target = null) =>
        new("m", "A measure", "A measure", "A measure.", "Counted.", MeasureUnit.Count, good, MeasureFrequency.Quarterly, "A priority", "A source", target);

    [Fact]
    public void Limits_on_fewer_than_13_points_are_trial_limits_and_give_no_significance_to_a_trend_rule()
    {
        // 4 points < 13.
        var result = SpcAnalysis.Analyse(FourQuarters, new SpcOptions(SpcMethod.Nhs));
        Assert.Equal(13, result.Options.MinimumPointsForLimits);
        Assert.True(result.IsTrial);
        Assert.True(result.ShortBaseline);
        Assert.Null(result.SignificanceForTrend);
    }

    [Fact]
    public void Limits_on_at_least_the_minimum_are_not_trial_and_the_result_is_the_significance()
    {
        // 4 points, minimum 4: 4 < 4 is false.
        var result = SpcAnalysis.Analyse(FourQuarters, new SpcOptions(SpcMethod.Nhs) { MinimumPointsForLimits = 4 });
        Assert.False(result.IsTrial);
        Assert.Same(result, result.SignificanceForTrend);
    }

    [Fact]
    public void The_policy_is_the_same_for_every_method_but_only_the_nhs_method_calls_it_a_short_baseline()
    {
        var result = SpcAnalysis.Analyse(FourQuarters, new SpcOptions(SpcMethod.Sd2));
        Assert.True(result.IsTrial);
        Assert.False(result.ShortBaseline);
    }

    [Fact]
    public void Without_limits_there_is_nothing_trial_and_no_significance()
    {
        var result = SpcAnalysis.Analyse([413.0], new SpcOptions(SpcMethod.Nhs));
        Assert.False(result.HasEnoughData);
        Assert.False(result.IsTrial);
        Assert.Null(result.SignificanceForTrend);
    }

    [Fact]
    public void A_negative_minimum_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SpcOptions(SpcMethod.Nhs) { MinimumPointsForLimits = -1 });

    [Theory]
    [InlineData(DirectionOfGood.Higher, ImprovementDirection.Increase)]
    [InlineData(DirectionOfGood.Lower, ImprovementDirection.Decrease)]
    [InlineData(DirectionOfGood.Neutral, ImprovementDirection.Neutral)]
    public void The_improvement_direction_follows_the_direction_of_good(DirectionOfGood good, ImprovementDirection expected) =>
        Assert.Equal(expected, ImprovementDirections.From(good));

    [Fact]
    public void A_measure_s_options_carry_its_direction_and_target()
    {
        var options = SpcOptions.ForMeasure(Measure(DirectionOfGood.Higher, 95m));
        Assert.Equal(new SpcOptions(SpcMethod.Nhs, true, ImprovementDirection.Increase, 95.0), options);
        Assert.Null(SpcOptions.ForMeasure(Measure(DirectionOfGood.Lower), SpcMethod.Anhoej).Target);
    }
}
