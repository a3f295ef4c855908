using Nhp.Integrity;

namespace Nhp.Domain.Tests.Integrity;

public sealed class ComplianceEstimateTest
{
    [Fact]
    public void The_margin_of_160_of_177_is_4_3_points_by_hand()
    {
        // p = 160/177 = 0.903955; p(1 − p) = 0.903955 × 0.096045 = 0.086821; / 177 = 0.00049051;
        // √ = 0.022147; × 1.96 = 0.043409, so ±4.3 points. (The Wilson interval 85.16%–93.92% is 8.77 points wide:
        // half of it is 4.38, ±4.4 — a different figure, not the margin of error.)
        var p = 160.0 / 177.0;
        var byHand = 1.96 * Math.Sqrt(p * (1 - p) / 177);
        Assert.Equal(0.043409, byHand, 0.0000005);

        var estimate = CompliancePolicy.Default.Estimate(new Proportion(160, 177));

        Assert.Equal(byHand, estimate.MarginOfError, 0.0001); // z = 1.959964, not 1.96
        Assert.Equal("4.3", (estimate.MarginOfError * 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(IntervalMethod.NormalApproximation, estimate.Margin.Method);
        Assert.Equal(0.0438, estimate.Interval.MarginOfError, 0.00005);
        Assert.Equal(IntervalMethod.Wilson, estimate.Interval.Method);
    }

    [Fact]
    public void The_estimate_uses_the_policys_method_and_confidence_for_both_figures()
    {
        var policy = new CompliancePolicy { Method = IntervalMethod.ClopperPearson, Confidence = 0.9 };

        var estimate = policy.Estimate(new Proportion(160, 177));

        Assert.Equal(new Proportion(160, 177).Interval(IntervalMethod.ClopperPearson, 0.9), estimate.Interval);
        Assert.Equal(new Proportion(160, 177).Interval(IntervalMethod.NormalApproximation, 0.9), estimate.Margin);
        Assert.Equal(0.9, estimate.Confidence);
        Assert.True(estimate.MarginOfError < CompliancePolicy.Default.Estimate(new Proportion(160, 177)).MarginOfError);
    }

    [Fact]
    public void The_judgement_uses_the_interval_of_the_estimate()
    {
        var policy = new CompliancePolicy { Target = 0.92, Confidence = 0.8 };

        Assert.Equal(policy.Estimate(new Proportion(160, 177)).Interval, policy.Judge(new Proportion(160, 177)).Interval);
    }
}
