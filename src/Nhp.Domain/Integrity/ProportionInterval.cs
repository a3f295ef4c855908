using System.Globalization;

namespace Nhp.Integrity;

/// <summary>
/// A confidence interval for a <see cref="Proportion"/>: the point estimate, the bounds, and how they were computed.
/// Immutable; equality is by value. Create with <see cref="Proportion.Interval"/>.
/// </summary>
/// <param name="Proportion">The observed counts.</param>
/// <param name="Method">The method used.</param>
/// <param name="Confidence">The confidence level, e.g. 0.95.</param>
/// <param name="Lower">The lower bound, between 0 and <see cref="Rate"/>.</param>
/// <param name="Upper">The upper bound, between <see cref="Rate"/> and 1.</param>
public sealed record ProportionInterval(Proportion Proportion, IntervalMethod Method, double Confidence, double Lower, double Upper)
{
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
