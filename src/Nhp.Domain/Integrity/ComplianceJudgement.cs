using System.Globalization;
using Nhp.Delivery;

namespace Nhp.Integrity;

/// <summary>
/// The outcome of <see cref="CompliancePolicy.Judge"/>: the interval, the target, the rating and where the interval lies
/// relative to the target. Immutable; equality is by value.
/// </summary>
/// <param name="Interval">The rate with its confidence interval.</param>
/// <param name="Target">The target rate, 0 to 1.</param>
/// <param name="Rating">Green, amber or red.</param>
/// <param name="Evidence">Whether the interval is above, below or straddles the target.</param>
public sealed record ComplianceJudgement(ProportionInterval Interval, double Target, RagStatus Rating, TargetEvidence Evidence)
{
    /// <summary>
    /// The judgement in a sentence, e.g. <c>90.4% against a target of 92%: the 95% interval (85.2%–93.9%) straddles the
    /// target, so the sample cannot tell whether it is met.</c>
    /// </summary>
    public string Explanation
    {
        get
        {
            var head = string.Create(
                CultureInfo.InvariantCulture,
                $"{ProportionInterval.Percent(Interval.Rate)} against a target of {ProportionInterval.Percent(Target, 0)}: the {ProportionInterval.Percent(Interval.Confidence, 0)} interval ({ProportionInterval.Percent(Interval.Lower)}–{ProportionInterval.Percent(Interval.Upper)})");
            return Evidence switch
            {
                TargetEvidence.Meets => head + " lies at or above the target.",
                TargetEvidence.Misses => head + " lies wholly below the target.",
                _ => head + " straddles the target, so the sample cannot tell whether it is met.",
            };
        }
    }
}
