using Nhp.Metrics.Spc;

namespace Nhp.Domain.Tests.Metrics.Spc;

/// <summary>
/// qicharts2's I chart with Anhøj's runs rules (anhoej/qicharts2, R/helper.functions.R: qic.i and runs.analysis).
/// </summary>
public class AnhoejTest
{
    private static SpcResult Analyse(double[] values, bool screen = true) =>
        SpcAnalysis.Analyse(values, new SpcOptions(SpcMethod.Anhoej, screen));

    [Theory]
    // Critical values of Anhøj and Olesen (2014), the table qicharts2's book prints from
    // round(log2(n) + 3) and qbinom(0.05, n - 1, 0.5). Crossing minima checked independently with exact integers:
    // python3 -c "from math import comb; q=lambda m: next(k for k in range(m+1) if 20*sum(comb(m,i) for i in range(k+1))>=2**m); print([q(n-1) for n in (10,11,12,13,14,15,20,24,30,60,100)])"
    // -> [2, 2, 3, 3, 4, 4, 6, 8, 10, 23, 41]
    [InlineData(10, 6, 2)]
    [InlineData(11, 6, 2)]
    [InlineData(12, 7, 3)]
    [InlineData(13, 7, 3)]
    [InlineData(14, 7, 4)]
    [InlineData(15, 7, 4)]
    [InlineData(20, 7, 6)]
    [InlineData(24, 8, 8)]
    [InlineData(30, 8, 10)]
    [InlineData(60, 9, 23)]
    [InlineData(100, 10, 41)]
    public void The_runs_limits_follow_the_published_critical_values(int useful, int longestRunLimit, int crossingsMinimum)
    {
        Assert.Equal(longestRunLimit, SpcAnalysis.LongestRunLimit(useful));
        Assert.Equal(crossingsMinimum, SpcAnalysis.CrossingsMinimum(useful - 1));
    }

    [Fact]
    public void The_limits_are_three_sigma_with_sigma_the_mean_moving_range_over_1_128()
    {
        // 1, 3 repeated: mean 2, every moving range 2, sigma 2/1.128 = 1.773050, limits 2 ± 5.319149.
        var values = Enumerable.Range(0, 12).Select(i => i % 2 == 0 ? 1.0 : 3.0).ToArray();
        var result = Analyse(values);
        Assert.Equal(2.0, result.Centre!.Value, 10);
        Assert.Equal(-3.319149, result.LowerLimit!.Value, 5);
        Assert.Equal(7.319149, result.UpperLimit!.Value, 5);
    }

    [Fact]
    public void Screening_drops_moving_ranges_of_at_least_3_267_times_their_mean()
    {
        // 0 ×9 then 10 then 0 ×10: two moving ranges of 10 among 19 give mean 20/19; 10 ≥ 3.267 × 20/19 so both are
        // dropped and the mean moving range becomes 0. Unscreened sigma = (20/19)/1.128.
        var values = Enumerable.Repeat(0.0, 9).Append(10.0).Concat(Enumerable.Repeat(0.0, 10)).ToArray();
        var screened = Analyse(values);
        Assert.Equal(screened.Centre, screened.UpperLimit);
        var unscreened = Analyse(values, screen: false);
        Assert.Equal(0.5 + (3 * (20.0 / 19) / 1.128), unscreened.UpperLimit!.Value, 10);
    }

    [Fact]
    public void An_alternating_series_crosses_the_centre_every_time_and_gives_no_runs_signal()
    {
        var values = Enumerable.Range(0, 20).Select(i => i % 2 == 0 ? 1.0 : 3.0).ToArray();
        var runs = Analyse(values).Runs!;
        Assert.Equal(new SpcRunsAnalysis(20, 1, 7, 19, 6, false), runs);
    }

    [Fact]
    public void A_longest_run_one_longer_than_the_limit_signals_and_one_equal_to_it_does_not()
    {
        // 20 useful points, limit 7. Run of 8 below then alternating.
        var eight = new double[] { 1, 1, 1, 1, 1, 1, 1, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 3 };
        var result = Analyse(eight);
        Assert.Equal(8, result.Runs!.LongestRun);
        Assert.True(result.Runs.Signal);
        Assert.All(result.Points.Take(8), p => Assert.True(p.Signals.HasFlag(SpcSignals.Shift)));
        Assert.False(result.Points[8].Signals.HasFlag(SpcSignals.Shift));

        var seven = new double[] { 1, 1, 1, 1, 1, 1, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 3, 3 };
        var noSignal = Analyse(seven);
        Assert.Equal(7, noSignal.Runs!.LongestRun);
        Assert.False(noSignal.Runs.Signal && noSignal.Runs.Crossings >= noSignal.Runs.CrossingsMinimum);
        Assert.All(noSignal.Points, p => Assert.False(p.Signals.HasFlag(SpcSignals.Shift)));
    }

    [Fact]
    public void Too_few_crossings_signal()
    {
        // 20 useful points in four runs of 5: 3 crossings, below the minimum of 6; longest run 5 within its limit 7.
        var values = new double[] { 1, 1, 1, 1, 1, 3, 3, 3, 3, 3, 1, 1, 1, 1, 1, 3, 3, 3, 3, 3 };
        var runs = Analyse(values).Runs!;
        Assert.Equal(3, runs.Crossings);
        Assert.Equal(6, runs.CrossingsMinimum);
        Assert.Equal(5, runs.LongestRun);
        Assert.True(runs.Signal);
    }

    [Fact]
    public void Points_on_the_centre_line_are_dropped_before_the_runs_are_counted()
    {
        // Mean exactly 2. The 2s are not useful and do not break the run of 1s either side of them.
        var values = new double[] { 1, 1, 1, 1, 2, 1, 1, 1, 1, 3, 3, 3, 3, 2, 3, 3, 3, 3 };
        var result = Analyse(values);
        Assert.Equal(2.0, result.Centre);
        Assert.Equal(16, result.Runs!.UsefulPoints);
        Assert.Equal(8, result.Runs.LongestRun);
        Assert.Equal(1, result.Runs.Crossings);
        Assert.Equal(SpcAnalysis.LongestRunLimit(16), result.Runs.LongestRunLimit);
        Assert.False(result.Points[4].Signals.HasFlag(SpcSignals.Shift));
        Assert.True(result.Points[3].Signals.HasFlag(SpcSignals.Shift));
    }
}
