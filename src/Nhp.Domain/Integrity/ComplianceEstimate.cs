namespace Nhp.Integrity;

/// <summary>
/// A compliance rate with the uncertainty a committee is shown, computed with one policy's interval method and
/// confidence (<see cref="CompliancePolicy.Estimate"/>): the interval, and the margin of error a paper quotes as "±".
/// The report and <c>nhp cdi interval</c> both print these figures, so the same counts, method and confidence always
/// give the same interval and the same margin. Immutable; equality is by value.
/// </summary>
/// <param name="Interval">The rate with its interval, by the policy's method and confidence.</param>
/// <param name="Margin">
/// The normal-approximation interval at the policy's confidence: its half-width, z·√(p(1 − p)/n), is the margin of
/// error (<see cref="MarginOfError"/>). Whatever the interval method, "margin of error" always means this.
/// </param>
public sealed record ComplianceEstimate(ProportionInterval Interval, ProportionInterval Margin)
{
    /// <summary>The margin of error: z·√(p(1 − p)/n) at the policy's confidence (cut where the interval meets 0 or 1), as a share (0.043 is 4.3 points).</summary>
    public double MarginOfError => Margin.MarginOfError;

    /// <summary>The observed counts.</summary>
    public Proportion Proportion => Interval.Proportion;

    /// <summary>The confidence level of both the interval and the margin.</summary>
    public double Confidence => Interval.Confidence;
}
