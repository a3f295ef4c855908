namespace Nhp.Integrity;

/// <summary>
/// The few special functions the interval methods need, written here so the library has no numerical dependency:
/// the standard normal distribution and its quantile, log-gamma, and the regularised incomplete beta function with
/// its inverse. Accurate to about 1e-13 relative, far beyond the 4 significant figures an interval is printed to.
/// </summary>
internal static class Distributions
{
    private const double Sqrt2 = 1.4142135623730950488;
    private const double InvSqrtPi = 0.56418958354775628695;
    private const double InvSqrt2Pi = 0.39894228040143267794;

    // Lanczos approximation, g = 7, nine coefficients (Godfrey's values); relative error about 1e-15.
    private static readonly double[] Lanczos =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
    ];

    /// <summary>The complementary error function erfc(x) = 1 − erf(x).</summary>
    public static double Erfc(double x)
    {
        if (double.IsNaN(x))
        {
            return double.NaN;
        }

        if (x < 0)
        {
            return 2.0 - Erfc(-x);
        }

        if (x < 2.5)
        {
            // erf(x) = 2/sqrt(pi) e^{-x^2} sum_{n>=0} 2^n x^{2n+1} / (1·3·…·(2n+1)); every term positive.
            var term = x;
            var sum = x;
            var x2 = x * x;
            for (var n = 1; n < 500; n++)
            {
                term *= 2.0 * x2 / ((2.0 * n) + 1.0);
                sum += term;
                if (term < sum * 1e-17)
                {
                    break;
                }
            }

            return 1.0 - (2.0 * InvSqrtPi * Math.Exp(-x2) * sum);
        }

        if (x > 27.3)
        {
            return 0.0;
        }

        // Continued fraction erfc(x) = e^{-x^2}/sqrt(pi) · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))),
        // evaluated backwards with enough terms for x >= 2.5.
        var fraction = x;
        for (var k = 120; k >= 1; k--)
        {
            fraction = x + (k / 2.0 / fraction);
        }

        return InvSqrtPi * Math.Exp(-x * x) / fraction;
    }

    /// <summary>The standard normal distribution function Φ(z).</summary>
    public static double NormalCdf(double z) => 0.5 * Erfc(-z / Sqrt2);

    /// <summary>The standard normal density φ(z).</summary>
    public static double NormalPdf(double z) => InvSqrt2Pi * Math.Exp(-0.5 * z * z);

    /// <summary>
    /// The standard normal quantile Φ⁻¹(p) for 0 &lt; p &lt; 1: a starting value from Abramowitz and Stegun 26.2.23
    /// refined by Halley's method on Φ(z) − p until it no longer moves.
    /// </summary>
    public static double NormalQuantile(double p)
    {
        if (!(p > 0.0 && p < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "A probability strictly between 0 and 1 is needed.");
        }

        // Solve in the lower tail, where Φ keeps its relative precision, then mirror.
        var q = p < 0.5 ? p : 1.0 - p;
        var t = Math.Sqrt(-2.0 * Math.Log(q));
        var z = -(t - ((2.515517 + (0.802853 * t) + (0.010328 * t * t)) / (1.0 + (1.432788 * t) + (0.189269 * t * t) + (0.001308 * t * t * t))));
        for (var i = 0; i < 50; i++)
        {
            var step = (NormalCdf(z) - q) / NormalPdf(z);
            var next = z - (step / (1.0 + (z * step / 2.0)));
            var done = Math.Abs(next - z) <= 1e-15 * Math.Max(1.0, Math.Abs(z));
            z = next;
            if (done)
            {
                break;
            }
        }

        return p < 0.5 ? z : -z;
    }

    /// <summary>ln Γ(x) for x &gt; 0.</summary>
    public static double LogGamma(double x)
    {
        if (x < 0.5)
        {
            // Reflection: Γ(x)Γ(1−x) = π / sin(πx).
            return Math.Log(Math.PI / Math.Abs(Math.Sin(Math.PI * x))) - LogGamma(1.0 - x);
        }

        x -= 1.0;
        var sum = Lanczos[0];
        for (var i = 1; i < Lanczos.Length; i++)
        {
            sum += Lanczos[i] / (x + i);
        }

        var t = x + 7.5;
        return (0.5 * Math.Log(2.0 * Math.PI)) + ((x + 0.5) * Math.Log(t)) - t + Math.Log(sum);
    }

    /// <summary>
    /// The regularised incomplete beta function I_x(a, b) for a, b &gt; 0 and 0 ≤ x ≤ 1: the distribution function of
    /// the Beta(a, b) distribution. Evaluated by its continued fraction (modified Lentz), using the symmetry
    /// I_x(a, b) = 1 − I_{1−x}(b, a) on the side where the fraction converges fast.
    /// </summary>
    public static double RegularizedIncompleteBeta(double a, double b, double x)
    {
        if (!(a > 0.0) || !(b > 0.0))
        {
            throw new ArgumentOutOfRangeException(nameof(a), "Both shape parameters must be positive.");
        }

        if (x <= 0.0)
        {
            return 0.0;
        }

        if (x >= 1.0)
        {
            return 1.0;
        }

        var logFront = LogGamma(a + b) - LogGamma(a) - LogGamma(b) + (a * Math.Log(x)) + (b * Math.Log(1.0 - x));
        var front = Math.Exp(logFront);
        return x < (a + 1.0) / (a + b + 2.0)
            ? front * BetaContinuedFraction(a, b, x) / a
            : 1.0 - (front * BetaContinuedFraction(b, a, 1.0 - x) / b);
    }

    /// <summary>
    /// The inverse of <see cref="RegularizedIncompleteBeta"/> in x: the Beta(a, b) quantile for probability p. Found by
    /// bisection on [0, 1], which cannot fail because I_x is increasing in x; 200 halvings reach the resolution of a double.
    /// </summary>
    public static double InverseRegularizedIncompleteBeta(double a, double b, double p)
    {
        if (p <= 0.0)
        {
            return 0.0;
        }

        if (p >= 1.0)
        {
            return 1.0;
        }

        double low = 0.0, high = 1.0;
        for (var i = 0; i < 200; i++)
        {
            var middle = 0.5 * (low + high);
            if (middle <= low || middle >= high)
            {
                break;
            }

            if (RegularizedIncompleteBeta(a, b, middle) < p)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return 0.5 * (low + high);
    }

    private static double BetaContinuedFraction(double a, double b, double x)
    {
        const double tiny = 1e-300;
        var c = 1.0;
        var d = 1.0 - ((a + b) * x / (a + 1.0));
        d = Math.Abs(d) < tiny ? tiny : d;
        d = 1.0 / d;
        var result = d;
        for (var m = 1; m <= 10_000; m++)
        {
            var m2 = 2 * m;

            // Even step: d_{2m} = m(b − m)x / ((a + 2m − 1)(a + 2m)).
            var numerator = m * (b - m) * x / ((a + m2 - 1.0) * (a + m2));
            d = 1.0 + (numerator * d);
            d = Math.Abs(d) < tiny ? tiny : d;
            c = 1.0 + (numerator / c);
            c = Math.Abs(c) < tiny ? tiny : c;
            d = 1.0 / d;
            result *= d * c;

            // Odd step: d_{2m+1} = −(a + m)(a + b + m)x / ((a + 2m)(a + 2m + 1)).
            numerator = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1.0));
            d = 1.0 + (numerator * d);
            d = Math.Abs(d) < tiny ? tiny : d;
            c = 1.0 + (numerator / c);
            c = Math.Abs(c) < tiny ? tiny : c;
            d = 1.0 / d;
            var delta = d * c;
            result *= delta;
            if (Math.Abs(delta - 1.0) < 1e-16)
            {
                break;
            }
        }

        return result;
    }
}
