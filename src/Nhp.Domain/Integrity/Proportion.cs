using System.Globalization;

namespace Nhp.Integrity;

/// <summary>
/// A count of successes out of a number of trials, such as 160 crimes recorded of 177 disclosed. An immutable value;
/// equality is by both counts (so 1 of 2 and 2 of 4 differ: they carry different evidence). Thread-safe.
/// </summary>
public readonly record struct Proportion
{
    /// <summary>Creates a proportion.</summary>
    /// <param name="successes">The count that met the standard; 0 to <paramref name="trials"/>.</param>
    /// <param name="trials">The number of cases examined; at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="trials"/> is less than 1, or <paramref name="successes"/> is negative or greater than it.
    /// </exception>
    public Proportion(int successes, int trials)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(trials, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, trials);
        Successes = successes;
        Trials = trials;
    }

    /// <summary>The count that met the standard (crimes recorded).</summary>
    public int Successes { get; }

    /// <summary>The number of cases examined (crimes disclosed); at least 1 for a constructed value.</summary>
    public int Trials { get; }

    /// <summary>The rate Successes / Trials, between 0 and 1.</summary>
    public double Rate => Trials == 0 ? 0.0 : (double)Successes / Trials;

    /// <summary>
    /// The confidence interval for the underlying rate.
    /// </summary>
    /// <remarks>
    /// With p̂ = x/n and z = Φ⁻¹(1 − α/2) for confidence 1 − α:
    /// <list type="bullet">
    /// <item><see cref="IntervalMethod.Wilson"/>: (p̂ + z²/2n ± z·√(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n).</item>
    /// <item><see cref="IntervalMethod.NormalApproximation"/>: p̂ ± z·√(p̂(1 − p̂)/n), cut to [0, 1].</item>
    /// <item><see cref="IntervalMethod.ClopperPearson"/>: lower = B(α/2; x, n − x + 1) (0 when x = 0), upper =
    /// B(1 − α/2; x + 1, n − x) (1 when x = n), where B(q; a, b) is the Beta(a, b) quantile.</item>
    /// </list>
    /// No continuity correction is applied (R's <c>prop.test</c> applies one by default; use <c>correct = FALSE</c> to compare).
    /// </remarks>
    /// <param name="method">The method; Wilson by default.</param>
    /// <param name="confidence">The confidence level, strictly between 0 and 1; 0.95 by default.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The confidence is not strictly between 0 and 1, or the method is unknown.</exception>
    public ProportionInterval Interval(IntervalMethod method = IntervalMethod.Wilson, double confidence = 0.95)
    {
        if (!(confidence > 0.0 && confidence < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "The confidence level must be strictly between 0 and 1, e.g. 0.95.");
        }

        var n = (double)Trials;
        var x = (double)Successes;
        var p = Rate;
        var alpha = 1.0 - confidence;
        double lower, upper;
        switch (method)
        {
            case IntervalMethod.Wilson:
            {
                var z = Distributions.NormalQuantile(1.0 - (alpha / 2.0));
                var z2 = z * z;
                var denominator = 1.0 + (z2 / n);
                var centre = (p + (z2 / (2.0 * n))) / denominator;
                var half = z * Math.Sqrt((p * (1.0 - p) / n) + (z2 / (4.0 * n * n))) / denominator;
                lower = Successes == 0 ? 0.0 : Math.Max(0.0, centre - half);
                upper = Successes == Trials ? 1.0 : Math.Min(1.0, centre + half);
                break;
            }

            case IntervalMethod.NormalApproximation:
            {
                var z = Distributions.NormalQuantile(1.0 - (alpha / 2.0));
                var half = z * Math.Sqrt(p * (1.0 - p) / n);
                lower = Math.Max(0.0, p - half);
                upper = Math.Min(1.0, p + half);
                break;
            }

            case IntervalMethod.ClopperPearson:
                lower = Successes == 0 ? 0.0 : Distributions.InverseRegularizedIncompleteBeta(x, n - x + 1.0, alpha / 2.0);
                upper = Successes == Trials ? 1.0 : Distributions.InverseRegularizedIncompleteBeta(x + 1.0, n - x, 1.0 - (alpha / 2.0));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown interval method.");
        }

        return new ProportionInterval(this, method, confidence, lower, upper);
    }

    /// <summary>The proportion as <c>160/177</c>, culture-invariant; <see cref="Parse"/> reads it back.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Successes}/{Trials}");

    /// <summary>Reads <c>160/177</c> (spaces around the slash allowed).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The proportion.</returns>
    /// <exception cref="NhpInputException">The text is not two whole numbers x/n with 0 ≤ x ≤ n and n ≥ 1.</exception>
    public static Proportion Parse(string text) =>
        TryParse(text, out var result)
            ? result
            : throw new NhpInputException($"'{text}' is not a proportion: expected recorded/disclosed with 0 <= recorded <= disclosed and disclosed >= 1.", acceptedForms: ["160/177", "0/20"]);

    /// <summary>Tries to read <c>160/177</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The proportion, when read.</param>
    /// <returns>Whether the text was a valid proportion.</returns>
    public static bool TryParse(string? text, out Proportion result)
    {
        result = default;
        var parts = text?.Split('/', StringSplitOptions.TrimEntries);
        if (parts is not [var top, var bottom]
            || !int.TryParse(top, NumberStyles.None, CultureInfo.InvariantCulture, out var x)
            || !int.TryParse(bottom, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            || n < 1 || x > n)
        {
            return false;
        }

        result = new Proportion(x, n);
        return true;
    }
}
