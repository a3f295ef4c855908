using Nhp.Metrics.Spc;

namespace Nhp.Domain.Tests.Metrics.Spc;

/// <summary>The seed's rules (Appendix A of the Q3 2023/24 performance report), one by one.</summary>
public class Sd2Test
{
    private static SpcResult Analyse(params double[] values) => SpcAnalysis.Analyse(values, new SpcOptions(SpcMethod.Sd2));

    [Fact]
    public void The_limits_are_the_mean_plus_and_minus_two_sample_standard_deviations()
    {
        // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squared deviations 9+1+1+1+0+0+4+16 = 32, sample variance 32/7,
        // sd = sqrt(32/7) = 2.13809, limits 5 ± 4.27618.
        var result = Analyse(2, 4, 4, 4, 5, 5, 7, 9);
        Assert.Equal(5.0, result.Centre!.Value, 10);
        Assert.Equal(0.72382, result.LowerLimit!.Value, 4);
        Assert.Equal(9.27618, result.UpperLimit!.Value, 4);
    }

    [Fact]
    public void When_a_point_lies_beyond_two_standard_deviations_then_it_is_outside_the_limits()
    {
        // 19 points at 10 or 11 and one at 30: mean 11.45, far below 30 - 2 sd.
        var values = Enumerable.Range(0, 19).Select(i => 10.0 + (i % 2)).Append(30.0).ToArray();
        var result = Analyse(values);
        Assert.Equal(SpcSignals.OutsideLimits, result.Points[^1].Signals & SpcSignals.OutsideLimits);
        Assert.All(result.Points.Take(19), p => Assert.False(p.Signals.HasFlag(SpcSignals.OutsideLimits)));
        Assert.True(result.IsSignificant);
        Assert.Equal(1, result.SignalDirection);
    }

    [Fact]
    public void When_seven_points_lie_below_the_mean_then_all_seven_are_a_shift()
    {
        // Mean (7×1 + 5×10)/12 = 4.75: the first seven are below it.
        var result = Analyse(1, 1, 1, 1, 1, 1, 1, 10, 10, 10, 10, 10);
        Assert.All(result.Points.Take(7), p => Assert.True(p.Signals.HasFlag(SpcSignals.Shift)));
        Assert.All(result.Points.Skip(7), p => Assert.False(p.Signals.HasFlag(SpcSignals.Shift)));
    }

    [Fact]
    public void When_only_six_points_lie_on_one_side_then_there_is_no_shift()
    {
        var result = Analyse(1, 1, 1, 1, 1, 1, 10, 10, 10, 10, 10, 10);
        Assert.All(result.Points, p => Assert.False(p.Signals.HasFlag(SpcSignals.Shift)));
    }

    [Fact]
    public void When_a_point_is_on_the_mean_then_it_breaks_the_run()
    {
        // Sum is 0 so the mean is exactly 0; index 3 sits on it, leaving runs of 3, 3 and 6.
        var result = Analyse(-1, -1, -1, 0, -1, -1, -1, 1, 1, 1, 1, 1, 1);
        Assert.Equal(0.0, result.Centre);
        Assert.All(result.Points, p => Assert.False(p.Signals.HasFlag(SpcSignals.Shift)));

        // The same series with -1 in place of the 0: seven below a mean of -1/13.
        var without = Analyse(-1, -1, -1, -1, -1, -1, -1, 1, 1, 1, 1, 1, 1);
        Assert.All(without.Points.Take(7), p => Assert.True(p.Signals.HasFlag(SpcSignals.Shift)));
    }

    [Fact]
    public void When_there_are_seven_month_on_month_increases_then_the_eight_points_are_a_trend()
    {
        var result = Analyse(5, 1, 2, 3, 4, 5, 6, 7, 8, 2);
        Assert.False(result.Points[0].Signals.HasFlag(SpcSignals.Trend));
        Assert.All(result.Points.Skip(1).Take(8), p => Assert.True(p.Signals.HasFlag(SpcSignals.Trend)));
        Assert.False(result.Points[9].Signals.HasFlag(SpcSignals.Trend));
    }

    [Fact]
    public void When_there_are_only_six_increases_then_there_is_no_trend()
    {
        var result = Analyse(5, 1, 2, 3, 4, 5, 6, 7, 2);
        Assert.All(result.Points, p => Assert.False(p.Signals.HasFlag(SpcSignals.Trend)));
    }

    [Fact]
    public void When_two_successive_values_are_equal_then_the_tie_breaks_the_increases()
    {
        var result = Analyse(1, 2, 3, 4, 4, 5, 6, 7, 8, 9);
        Assert.All(result.Points, p => Assert.False(p.Signals.HasFlag(SpcSignals.Trend)));
    }

    [Fact]
    public void When_values_fall_seven_times_then_the_seed_rule_does_not_call_it_a_trend()
    {
        var result = Analyse(9, 8, 7, 6, 5, 4, 3, 2, 9);
        Assert.All(result.Points, p => Assert.False(p.Signals.HasFlag(SpcSignals.Trend)));
    }
}
