using System.Globalization;

namespace Nhp.Integrity;

/// <summary>
/// A confidence interval for a <see cref="Proportion"/>: the point estimate, the bounds, and how they were computed.
/// Immutable; equality is by value. Created only by <see cref="Proportion.Interval"/>, so its bounds always satisfy
/// 0 ≤ <see cref="Lower"/> ≤ <see cref="Rate"/> ≤ <see cref="Upper"/> ≤ 1.
/// </summary>
[Nhp.Display.TypeFormatterSource(typeof(Nhp.Display.NotebookFormatterSource))]
public sealed record ProportionInterval
{
    internal ProportionInterval(Proportion proportion, IntervalMethod method, double confidence, double lower, double upper)
    {
        Proportion = proportion;
        Method = method;
        Confidence = confidence;

        // Guard against rounding putting a bound a hair on the wrong side of the estimate.
        Lower = Math.Clamp(Math.Min(lower, proportion.Rate), 0.0, 1.0);
        Upper = Math.Clamp(Math.Max(upper, proportion.Rate), 0.0, 1.0);
    }

    /// <summary>The observed counts.</summary>
    public Proportion Proportion { get; }

    /// <summary>The method used.</summary>
    public IntervalMethod Method { get; }

    /// <summary>The confidence level, e.g. 0.95.</summary>
    public double Confidence { get; }

    /// <summary>The lower bound, between 0 and <see cref="Rate"/>.</summary>
    public double Lower { get; }

    /// <summary>The upper bound, between <see cref="Rate"/> and 1.</summary>
    public double Upper { get; }

    /// <summary>The point estimate (the observed rate).</summary>
    public double Rate => Proportion.Rate;

    /// <summary>Half the width of the interval, (Upper − Lower) / 2: the "±" of a margin of error.</summary>
    public double MarginOfError => (Upper - Lower) / 2.0;

    /// <summary>Whether <paramref name="rate"/> lies within the interval, bounds included.</summary>
    /// <param name="rate">A rate between 0 and 1.</param>
    /// <returns>True when Lower ≤ rate ≤ Upper.</returns>
    public bool Contains(double rate) => rate >= Lower && rate <= Upper;

    /// <summary>The interval as people read it: <c>90.4% (95% CI 85.2%–93.9%, Wilson)</c>, one decimal place, invariant.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Percent(Rate)} ({Percent(Confidence, 0)} CI {Percent(Lower)}–{Percent(Upper)}, {MethodName(Method)})");

    internal static string Percent(double rate, int decimals = 1) =>
        (rate * 100.0).ToString(decimals == 0 ? "0.##" : "0.0", CultureInfo.InvariantCulture) + "%";

    internal static string MethodName(IntervalMethod method) => method switch
    {
        IntervalMethod.Wilson => "Wilson",
        IntervalMethod.NormalApproximation => "normal approximation",
        IntervalMethod.ClopperPearson => "Clopper–Pearson",
        _ => method.ToString(),
    };
}
