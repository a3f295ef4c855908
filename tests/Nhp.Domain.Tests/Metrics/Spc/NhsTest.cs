using Nhp.Metrics.Spc;

namespace Nhp.Domain.Tests.Metrics.Spc;

/// <summary>
/// The NHS "Making Data Count" method, checked against NHSRplotthedots (nhs-r-community/NHSRplotthedots): its
/// published test expectations in tests/testthat/test-ptd_calculate_point_type.R, test-ptd_spc_standard.R and the
/// snapshot tests/testthat/_snaps/ptd_spc_standard.md.
/// </summary>
public class NhsTest
{
    // R: set.seed(123); rnorm(20), as printed in tests/testthat/_snaps/ptd_spc_standard.md and test-ptd_spc_standard.R.
    private static readonly double[] Rnorm20 =
    [
        -0.56047565, -0.23017749, 1.55870831, 0.07050839, 0.12928774, 1.71506499, 0.46091621, -1.26506123,
        -0.68685285, -0.44566197, 1.22408180, 0.35981383, 0.40077145, 0.11068272, -0.55584113, 1.78691314,
        0.49785048, -1.96661716, 0.70135590, -0.47279141,
    ];

    private static SpcResult Analyse(double[] values, ImprovementDirection improvement = ImprovementDirection.Neutral, bool screen = true, double? target = null) =>
        SpcAnalysis.Analyse(values, new SpcOptions(SpcMethod.Nhs, screen, improvement, target));

    private static void Close(double expected, double? actual) =>
        Assert.True(Math.Abs(expected - actual!.Value) <= Math.Abs(expected) * 5e-5, $"expected {expected}, got {actual}");

    [Fact]
    public void The_limits_agree_with_the_published_snapshot_of_NHSRplotthedots()
    {
        // _snaps/ptd_spc_standard.md, r1: mean_col 0.1416238, lpl -3.01138, upl 3.294627.
        var result = Analyse(Rnorm20);
        Close(0.1416238, result.Centre);
        Close(-3.01138, result.LowerLimit);
        Close(3.294627, result.UpperLimit);
    }

    [Fact]
    public void A_screened_outlier_moving_range_is_dropped_and_switching_screening_off_keeps_it()
    {
        // _snaps/ptd_spc_standard.md, r2 (y[15] = 10, screened): mean 0.6694159, lpl -2.383666, upl 3.722497;
        // r3 (not screened): lpl -4.596625, upl 5.935457.
        var values = (double[])Rnorm20.Clone();
        values[14] = 10;
        var screened = Analyse(values);
        Close(0.6694159, screened.Centre);
        Close(-2.383666, screened.LowerLimit);
        Close(3.722497, screened.UpperLimit);

        var unscreened = Analyse(values, screen: false);
        Close(-4.596625, unscreened.LowerLimit);
        Close(5.935457, unscreened.UpperLimit);
        Assert.True(unscreened.Points[14].Signals.HasFlag(SpcSignals.OutsideLimits));
    }

    [Fact]
    public void Two_successive_near_limit_points_on_opposite_sides_are_common_cause()
    {
        // test-ptd_spc_standard.R: rep(c(1, -1), 8) with [15] = 5.5, [16] = -5.5; the last two are common_cause.
        var values = Enumerable.Range(0, 16).Select(i => i % 2 == 0 ? 1.0 : -1.0).ToArray();
        values[14] = 5.5;
        values[15] = -5.5;
        var result = Analyse(values);
        Assert.Equal(SpcPointType.CommonCause, result.Points[14].PointType);
        Assert.Equal(SpcPointType.CommonCause, result.Points[15].PointType);
    }

    [Fact]
    public void Seven_rising_points_are_a_trend_and_six_are_not()
    {
        // test-ptd_calculate_point_type.R: ptd_seven_point_trend(1:7) flags the 7th, so all seven are part of it;
        // ptd_seven_point_trend(1:6) flags nothing.
        var seven = Analyse([1, 2, 3, 4, 5, 6, 7]);
        Assert.All(seven.Points, p => Assert.True(p.Signals.HasFlag(SpcSignals.Trend)));

        var six = Analyse([1, 2, 3, 4, 5, 6]);
        Assert.All(six.Points, p => Assert.False(p.Signals.HasFlag(SpcSignals.Trend)));
    }

    [Fact]
    public void A_repeated_value_breaks_a_trend()
    {
        // test-ptd_calculate_point_type.R: ptd_seven_point_trend(c(1:3, 3:6)) is all zero.
        var result = Analyse([1, 2, 3, 3, 4, 5, 6]);
        Assert.All(result.Points, p => Assert.False(p.Signals.HasFlag(SpcSignals.Trend)));
    }

    [Fact]
    public void A_point_in_a_trend_takes_the_trend_direction_even_on_the_good_side_of_the_mean()
    {
        // Indices 5-11 rise 3.1 to 3.7, all below the mean 3.7333 and within the limits 1.19 to 6.27 (hand
        // calculation: mean MR 10.5/11). They are also a shift below the mean, but the trend takes precedence:
        // where lower is better a rising trend is a concern although the points sit on the good side.
        var values = new double[] { 5, 3, 5, 3, 5, 3.1, 3.2, 3.3, 3.4, 3.5, 3.6, 3.7 };
        var lowerBetter = Analyse(values, ImprovementDirection.Decrease);
        Assert.All(lowerBetter.Points.Skip(5), p => Assert.Equal(SpcSignals.Trend | SpcSignals.Shift, p.Signals));
        Assert.All(lowerBetter.Points.Skip(5), p => Assert.Equal(SpcPointType.SpecialCauseConcern, p.PointType));
        Assert.All(Analyse(values, ImprovementDirection.Increase).Points.Skip(5), p => Assert.Equal(SpcPointType.SpecialCauseImprovement, p.PointType));
        Assert.All(Analyse(values).Points.Skip(5), p => Assert.Equal(SpcPointType.SpecialCauseNeutralHigh, p.PointType));
        Assert.All(lowerBetter.Points.Take(5), p => Assert.Equal(SpcPointType.CommonCause, p.PointType));
    }

    [Fact]
    public void Seven_points_on_one_side_are_a_shift_and_six_are_not()
    {
        // test-ptd_calculate_point_type.R: ptd_seven_point_one_side_mean(c(rep(1, 8), -1)) flags the 7th and 8th.
        var seven = Analyse([1, 3, 1, 3, 1, 3, 1, 9, 9, 9, 9, 9, 9, 9]);
        Assert.All(seven.Points.Take(7), p => Assert.True(p.Signals.HasFlag(SpcSignals.Shift)));
        Assert.All(seven.Points.Skip(7), p => Assert.True(p.Signals.HasFlag(SpcSignals.Shift)));
        Assert.Equal(SpcPointType.SpecialCauseNeutralLow, seven.Points[0].PointType);
        Assert.Equal(SpcPointType.SpecialCauseNeutralHigh, seven.Points[^1].PointType);

        var six = Analyse([1, 3, 1, 3, 1, 3, 9, 9, 9, 9, 9, 9]);
        Assert.All(six.Points, p => Assert.False(p.Signals.HasFlag(SpcSignals.Shift)));
    }

    [Fact]
    public void A_point_on_the_mean_breaks_a_shift()
    {
        // Mean exactly 0; index 3 is on it.
        var result = Analyse([-1, -1, -1, 0, -1, -1, -1, 1, 1, 1, 1, 1, 1]);
        Assert.Equal(0.0, result.Centre);
        Assert.All(result.Points, p => Assert.False(p.Signals.HasFlag(SpcSignals.Shift)));
    }

    [Fact]
    public void Only_the_near_limit_points_of_a_two_of_three_are_flagged()
    {
        // Hand calculation: mean 15.4/20 = 0.77, mean MR 24.8/19 = 1.3053 (screening drops nothing), two-sigma line
        // 0.77 + 1.7733 × 1.3053 = 3.085, upper limit 0.77 + 2.66 × 1.3053 = 4.242: 3.2 is near the limit, inside it.
        // Points 10 and 12 are near; 11 (value 1) is above the mean but not near.
        var values = new double[] { 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 3.2, 1, 3.2, 0, 1, 0, 1, 0, 1, 0 };
        var result = Analyse(values);
        Assert.True(result.UpperLimit > 3.2);
        Assert.True(result.Points[10].Signals.HasFlag(SpcSignals.TwoOfThree));
        Assert.True(result.Points[12].Signals.HasFlag(SpcSignals.TwoOfThree));
        Assert.False(result.Points[11].Signals.HasFlag(SpcSignals.TwoOfThree));
        Assert.Equal(SpcPointType.CommonCause, result.Points[11].PointType);
        Assert.Equal(SpcPointType.SpecialCauseNeutralHigh, result.Points[10].PointType);

        // Only one near-limit point in any three: no signal.
        values[12] = 1;
        Assert.All(Analyse(values).Points, p => Assert.False(p.Signals.HasFlag(SpcSignals.TwoOfThree)));
    }

    [Fact]
    public void Outside_the_limits_takes_precedence_over_a_shift_for_the_point_type()
    {
        // Seven points below the mean, then one far above: the far point is outside (above), the seven are a shift.
        var values = new double[] { 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 40 };
        var result = Analyse(values, ImprovementDirection.Decrease);
        Assert.True(result.Points[^1].Signals.HasFlag(SpcSignals.OutsideLimits));
        Assert.Equal(SpcPointType.SpecialCauseConcern, result.Points[^1].PointType);
        Assert.Equal(SpcPointType.SpecialCauseConcern, result.Variation);
    }

    [Fact]
    public void The_variation_icon_is_the_type_of_the_last_point()
    {
        var result = Analyse([5, 3, 5, 3, 5, 3.1, 3.2, 3.3, 3.4, 3.5, 3.6, 3.7], ImprovementDirection.Decrease);
        Assert.Equal(SpcPointType.SpecialCauseConcern, result.Variation);
        Assert.Equal(SpcPointType.CommonCause, Analyse([1, 2, 1, 2, 1, 2, 1, 2]).Variation);
    }

    [Theory]
    [InlineData(ImprovementDirection.Increase, 100.0, SpcAssurance.ConsistentFail)]
    [InlineData(ImprovementDirection.Decrease, 100.0, SpcAssurance.ConsistentPass)]
    [InlineData(ImprovementDirection.Increase, -100.0, SpcAssurance.ConsistentPass)]
    [InlineData(ImprovementDirection.Decrease, -100.0, SpcAssurance.ConsistentFail)]
    [InlineData(ImprovementDirection.Increase, 0.2, SpcAssurance.Inconsistent)]
    public void The_assurance_icon_compares_the_target_with_the_limits(ImprovementDirection improvement, double target, SpcAssurance expected) =>
        Assert.Equal(expected, Analyse(Rnorm20, improvement, target: target).Assurance);

    [Fact]
    public void Without_a_target_or_with_a_neutral_direction_there_is_no_assurance_icon()
    {
        Assert.Null(Analyse(Rnorm20, ImprovementDirection.Increase).Assurance);
        Assert.Null(Analyse(Rnorm20, ImprovementDirection.Neutral, target: 100).Assurance);
    }

    [Fact]
    public void Fewer_than_thirteen_points_give_the_short_baseline_warning()
    {
        Assert.True(Analyse(Rnorm20.Take(12).ToArray()).ShortBaseline);
        Assert.False(Analyse(Rnorm20.Take(13).ToArray()).ShortBaseline);
    }
}
