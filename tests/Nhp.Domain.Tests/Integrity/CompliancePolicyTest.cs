using Nhp.Delivery;
using Nhp.Integrity;

namespace Nhp.Domain.Tests.Integrity;

public sealed class CompliancePolicyTest
{
    [Fact]
    public void The_seed_overall_90_4_percent_against_a_92_percent_target_is_not_called_a_miss_because_the_interval_straddles_it()
    {
        // Wilson 95% for 160/177 is 85.2%–93.9% (see ProportionTest), which contains 92%.
        var judgement = new CompliancePolicy { Target = 0.92 }.Judge(new Proportion(160, 177));

        Assert.Equal(TargetEvidence.Inconclusive, judgement.Evidence);
        Assert.Equal(RagStatus.Amber, judgement.Rating);
        Assert.Equal(
            "90.4% against a target of 92%: the 95% interval (85.2%–93.9%) straddles the target, so the sample cannot tell whether it is met.",
            judgement.Explanation);
    }

    [Fact]
    public void A_rate_far_below_the_band_whose_interval_still_reaches_the_target_is_amber_not_red()
    {
        // 3 of 5 = 60%; Wilson 95% upper bound is 88.2%, so against 85% with a 5-point band it straddles.
        var judgement = new CompliancePolicy { Target = 0.85 }.Judge(new Proportion(3, 5));

        Assert.Equal(TargetEvidence.Inconclusive, judgement.Evidence);
        Assert.Equal(RagStatus.Amber, judgement.Rating);
    }

    [Fact]
    public void A_rate_whose_whole_interval_is_below_the_band_is_red()
    {
        // N100s: 16 of 22 = 72.7%, Wilson 95% 51.8%–86.8%, wholly below 95%.
        var judgement = CompliancePolicy.Default.Judge(new Proportion(16, 22));

        Assert.Equal(TargetEvidence.Misses, judgement.Evidence);
        Assert.Equal(RagStatus.Red, judgement.Rating);
    }

    [Fact]
    public void A_rate_below_target_but_within_the_band_is_amber_even_when_the_interval_shows_a_miss()
    {
        // 9,100 of 10,000 = 91%: within 5 points of 95%, and the interval (about 90.4%–91.5%) is wholly below.
        var judgement = CompliancePolicy.Default.Judge(new Proportion(9_100, 10_000));

        Assert.Equal(TargetEvidence.Misses, judgement.Evidence);
        Assert.Equal(RagStatus.Amber, judgement.Rating);
    }

    [Fact]
    public void A_rate_at_or_above_target_is_green_and_says_whether_the_interval_clears_it()
    {
        var clear = new CompliancePolicy { Target = 0.90 }.Judge(new Proportion(990, 1000));
        var unclear = CompliancePolicy.Default.Judge(new Proportion(81, 85));

        Assert.Equal((RagStatus.Green, TargetEvidence.Meets), (clear.Rating, clear.Evidence));
        Assert.Equal((RagStatus.Green, TargetEvidence.Inconclusive), (unclear.Rating, unclear.Evidence));
    }

    [Fact]
    public void The_method_and_confidence_of_the_policy_are_used()
    {
        var judgement = new CompliancePolicy { Method = IntervalMethod.ClopperPearson, Confidence = 0.99 }.Judge(new Proportion(160, 177));

        Assert.Equal(IntervalMethod.ClopperPearson, judgement.Interval.Method);
        Assert.Equal(0.99, judgement.Interval.Confidence);
    }

    [Fact]
    public void The_defaults_are_a_95_percent_target_a_5_point_band_and_a_Wilson_95_percent_interval()
    {
        var policy = CompliancePolicy.Default;

        Assert.Equal((0.95, 0.05, IntervalMethod.Wilson, 0.95), (policy.Target, policy.AmberBand, policy.Method, policy.Confidence));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.5)]
    [InlineData(92.0)]
    public void A_target_that_is_not_a_rate_is_refused(double target) =>
        Assert.Equal("Target", Assert.Throws<ArgumentOutOfRangeException>(() => new CompliancePolicy { Target = target }).ParamName);
}
