using CsCheck;
using Nhp.Integrity;

namespace Nhp.Domain.Tests.Integrity;

public sealed class ProportionTest
{
    private const double FourPlaces = 0.00005;

    [Fact]
    public void The_seed_overall_figure_160_of_177_is_90_4_percent_with_a_normal_margin_of_4_3_points()
    {
        // Appendix 1: "90.4% … Margin of error is approximately +/- 4%". Hand calculation:
        // p = 160/177 = 0.903955; se = sqrt(0.903955 × 0.096045 / 177) = 0.022148; 1.959964 × 0.022148 = 0.04341.
        var interval = new Proportion(160, 177).Interval(IntervalMethod.NormalApproximation);

        Assert.Equal(90.4, Math.Round(interval.Rate * 100, 1));
        Assert.Equal(4.3, Math.Round(interval.MarginOfError * 100, 1));
        Assert.Equal(0.04341, interval.MarginOfError, 0.000005);
    }

    // Newcombe RG (1998), "Two-sided confidence intervals for the single proportion: comparison of seven methods",
    // Statistics in Medicine 17:857–872, Table II, methods 1 (simple asymptotic), 3 (Wilson score) and 5 (exact),
    // printed to four decimal places.
    [Theory]
    [InlineData(81, 263, IntervalMethod.NormalApproximation, 0.2522, 0.3638)]
    [InlineData(81, 263, IntervalMethod.Wilson, 0.2553, 0.3662)]
    [InlineData(81, 263, IntervalMethod.ClopperPearson, 0.2527, 0.3676)]
    [InlineData(15, 148, IntervalMethod.NormalApproximation, 0.0527, 0.1500)]
    [InlineData(15, 148, IntervalMethod.Wilson, 0.0624, 0.1605)]
    [InlineData(15, 148, IntervalMethod.ClopperPearson, 0.0578, 0.1617)]
    [InlineData(0, 20, IntervalMethod.Wilson, 0.0000, 0.1611)]
    [InlineData(0, 20, IntervalMethod.ClopperPearson, 0.0000, 0.1684)]
    [InlineData(1, 29, IntervalMethod.Wilson, 0.0061, 0.1718)]
    [InlineData(1, 29, IntervalMethod.ClopperPearson, 0.0009, 0.1776)]
    public void The_intervals_match_Newcombes_worked_examples(int x, int n, IntervalMethod method, double lower, double upper)
    {
        var interval = new Proportion(x, n).Interval(method);

        Assert.Equal(lower, interval.Lower, FourPlaces);
        Assert.Equal(upper, interval.Upper, FourPlaces);
    }

    [Fact]
    public void The_exact_interval_matches_the_example_in_Rs_binom_test_documentation()
    {
        // R, ?binom.test: binom.test(682, 925, p = 0.75) prints
        // "95 percent confidence interval: 0.7076683 0.7654066" and "probability of success 0.7372973".
        var interval = new Proportion(682, 925).Interval(IntervalMethod.ClopperPearson);

        Assert.Equal(0.7076683, interval.Lower, 0.00000005);
        Assert.Equal(0.7654066, interval.Upper, 0.00000005);
        Assert.Equal(0.7372973, interval.Rate, 0.00000005);
    }

    [Theory]
    [InlineData(20)]
    [InlineData(1)]
    [InlineData(177)]
    public void At_0_of_n_the_exact_upper_bound_is_1_minus_the_nth_root_of_alpha_over_2(int n)
    {
        // With no successes the exact upper bound solves (1 − p)^n = α/2.
        var interval = new Proportion(0, n).Interval(IntervalMethod.ClopperPearson);

        Assert.Equal(0.0, interval.Lower);
        Assert.Equal(1.0 - Math.Pow(0.025, 1.0 / n), interval.Upper, 1e-10);
    }

    [Theory]
    [InlineData(85)]
    [InlineData(1)]
    public void At_n_of_n_the_exact_lower_bound_is_the_nth_root_of_alpha_over_2(int n)
    {
        var interval = new Proportion(n, n).Interval(IntervalMethod.ClopperPearson);

        Assert.Equal(Math.Pow(0.025, 1.0 / n), interval.Lower, 1e-10);
        Assert.Equal(1.0, interval.Upper);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(20)]
    public void At_0_of_n_the_Wilson_interval_runs_from_0_to_z_squared_over_n_plus_z_squared(int n)
    {
        // With p = 0 the score interval's upper bound simplifies to z²/(n + z²); for n = 1 that is 3.8415/4.8415 = 0.7935.
        const double z = 1.959963984540054;
        var interval = new Proportion(0, n).Interval();

        Assert.Equal(0.0, interval.Lower);
        Assert.Equal(z * z / (n + (z * z)), interval.Upper, 1e-12);
    }

    [Fact]
    public void At_n_of_n_the_Wilson_interval_mirrors_0_of_n()
    {
        var full = new Proportion(1, 1).Interval();
        var none = new Proportion(0, 1).Interval();

        Assert.Equal(1.0, full.Upper);
        Assert.Equal(1.0 - none.Upper, full.Lower, 1e-12);
        Assert.Equal(0.2065, full.Lower, FourPlaces);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(0, 50)]
    [InlineData(50, 50)]
    public void At_the_edges_the_normal_approximation_has_zero_width_and_stays_within_0_and_1(int x, int n)
    {
        // Its known failure, documented on IntervalMethod.NormalApproximation: p(1 − p) = 0 gives no width.
        var interval = new Proportion(x, n).Interval(IntervalMethod.NormalApproximation);

        Assert.Equal(interval.Rate, interval.Lower);
        Assert.Equal(interval.Rate, interval.Upper);
        Assert.Equal(0.0, interval.MarginOfError);
    }

    [Fact]
    public void The_normal_approximation_is_cut_at_0_rather_than_going_negative()
    {
        // Newcombe's 1/29 simple asymptotic interval goes below zero (about −0.032); we report 0.
        var interval = new Proportion(1, 29).Interval(IntervalMethod.NormalApproximation);

        Assert.Equal(0.0, interval.Lower);
        Assert.Equal(1.0 / 29 + (1.959963984540054 * Math.Sqrt(1.0 / 29 * 28 / 29 / 29)), interval.Upper, 1e-12);
    }

    [Theory]
    [InlineData(0.99, IntervalMethod.ClopperPearson, 0.8328007, 0.9523237)]
    [InlineData(0.90, IntervalMethod.Wilson, 0.8612110, 0.9345352)]
    [InlineData(0.80, IntervalMethod.NormalApproximation, 0.8755716, 0.9323380)]
    public void Any_confidence_level_can_be_asked_for(double confidence, IntervalMethod method, double lower, double upper)
    {
        // Reference values for 160/177 computed independently with 30-digit arithmetic (mpmath: betainc, erfinv);
        // normal 80%: 0.903955 ± 1.2815516 × 0.0221477.
        var interval = new Proportion(160, 177).Interval(method, confidence);

        Assert.Equal(lower, interval.Lower, 0.0000005);
        Assert.Equal(upper, interval.Upper, 0.0000005);
        Assert.Equal(confidence, interval.Confidence);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(95.0)]
    [InlineData(double.NaN)]
    public void A_confidence_level_outside_0_and_1_is_refused_naming_the_argument(double confidence)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Proportion(1, 2).Interval(confidence: confidence));

        Assert.Equal("confidence", error.ParamName);
    }

    [Theory]
    [InlineData(-1, 10, "successes")]
    [InlineData(11, 10, "successes")]
    [InlineData(0, 0, "trials")]
    public void Impossible_counts_are_refused_naming_the_argument(int x, int n, string parameter) =>
        Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => new Proportion(x, n)).ParamName);

    [Fact]
    public void Every_method_keeps_the_estimate_inside_its_interval_for_every_small_sample()
    {
        foreach (var method in Enum.GetValues<IntervalMethod>())
        {
            for (var n = 1; n <= 30; n++)
            {
                for (var x = 0; x <= n; x++)
                {
                    var interval = new Proportion(x, n).Interval(method);
                    Assert.True(interval.Lower >= 0.0 && interval.Lower <= interval.Rate + 1e-12, $"{method} {x}/{n} lower");
                    Assert.True(interval.Upper <= 1.0 && interval.Upper >= interval.Rate - 1e-12, $"{method} {x}/{n} upper");
                }
            }
        }
    }

    [Fact]
    public void The_exact_bounds_solve_the_binomial_tail_equations_summed_term_by_term()
    {
        // Clopper–Pearson by definition: P(X >= x | p = lower) = α/2 and P(X <= x | p = upper) = α/2, X ~ Binomial(n, p).
        static double Term(int n, int k, double p)
        {
            var logChoose = 0.0;
            for (var i = 1; i <= k; i++)
            {
                logChoose += Math.Log(n - k + i) - Math.Log(i);
            }

            return Math.Exp(logChoose + (k * Math.Log(p)) + ((n - k) * Math.Log(1 - p)));
        }

        foreach (var (x, n) in new[] { (1, 1), (3, 7), (16, 22), (40, 49), (160, 177) })
        {
            var interval = new Proportion(x, n).Interval(IntervalMethod.ClopperPearson, 0.90);
            if (x > 0)
            {
                Assert.Equal(0.05, Enumerable.Range(x, n - x + 1).Sum(k => Term(n, k, interval.Lower)), 1e-10);
            }

            if (x < n)
            {
                Assert.Equal(0.05, Enumerable.Range(0, x + 1).Sum(k => Term(n, k, interval.Upper)), 1e-10);
            }
        }
    }

    [Fact]
    public void A_higher_confidence_level_never_gives_a_narrower_interval() =>
        Gen.Select(Gen.Int[1, 2_000], Gen.Double[0.0, 1.0], Gen.Double[0.5, 0.999], Gen.Double[0.5, 0.999])
            .Sample((n, f, c1, c2) =>
            {
                var proportion = new Proportion((int)Math.Floor(f * n), n);
                var (low, high) = c1 <= c2 ? (c1, c2) : (c2, c1);
                return Enum.GetValues<IntervalMethod>().All(method =>
                {
                    var narrow = proportion.Interval(method, low);
                    var wide = proportion.Interval(method, high);
                    return wide.Lower <= narrow.Lower + 1e-12 && wide.Upper >= narrow.Upper - 1e-12;
                });
            });

    [Fact]
    public void Text_round_trips_through_parse() =>
        Gen.Select(Gen.Int[1, 100_000], Gen.Double[0.0, 1.0], (n, f) => new Proportion((int)Math.Floor(f * n), n))
            .Sample(p => Proportion.Parse(p.ToString()) == p);

    [Theory]
    [InlineData("177/160")]
    [InlineData("-1/3")]
    [InlineData("3")]
    [InlineData("1/0")]
    [InlineData("a/b")]
    public void Text_that_is_not_a_proportion_is_refused_with_the_accepted_forms(string text)
    {
        var error = Assert.Throws<NhpInputException>(() => Proportion.Parse(text));

        Assert.Contains("160/177", error.AcceptedForms);
        Assert.Contains(text, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_interval_prints_as_a_committee_reads_it() =>
        Assert.Equal("90.4% (95% CI 85.2%–93.9%, Wilson)", new Proportion(160, 177).Interval().ToString());
}
