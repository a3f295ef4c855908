using System.Collections.Concurrent;
using System.Numerics;

namespace Nhp.Metrics.Spc;

/// <summary>
/// The 5% lower quantile of Binomial(m, ½), the least k with P(X ≤ k) ≥ 0.05, exactly. Up to
/// <see cref="ExactUpTo"/> trials it sums binomial coefficients as integers (20·Σ C(m, i) ≥ 2^m); beyond, where that
/// costs time quadratic in m, it finds k in floating point (the point probability from Stirling's series and the
/// deviance form of Loader's saddle-point expansion, then the tail as a product of ratios, about 10√m terms) and
/// falls back to the integers only when P(X ≤ k) or P(X ≤ k − 1) lies within 10⁻⁹ of 0.05, far wider than the
/// floating-point error (below 10⁻¹⁰ up to 2³¹ trials). P(X ≤ k) never equals 0.05 exactly (2^m is not a multiple of
/// 5), so the answer is never a tie. Thread-safe; answers are cached.
/// </summary>
internal static class BinomialQuantile
{
    internal const int ExactUpTo = 1024;
    private const double Level = 0.05;
    private const double Margin = 1e-9;

    // Answers for small m, filled on first use (0 = not yet known; stored as answer + 1). Int writes are atomic and
    // every thread computes the same answer, so no lock is needed.
    private static readonly int[] Small = new int[4096];
    private static readonly ConcurrentDictionary<int, int> Large = new();

    public static int FivePercentOfHalf(int m)
    {
        if (m < Small.Length)
        {
            var known = Volatile.Read(ref Small[m]);
            if (known == 0)
            {
                known = Compute(m) + 1;
                Volatile.Write(ref Small[m], known);
            }

            return known - 1;
        }

        return Large.GetOrAdd(m, static t => Compute(t));
    }

    internal static int Compute(int m) => m <= ExactUpTo ? Exact(m) : Approximate(m) ?? Exact(m);

    // 20 * sum_{i<=k} C(m, i) >= 2^m, with integers: time quadratic in m.
    internal static int Exact(int m)
    {
        var total = BigInteger.One << m;
        var coefficient = BigInteger.One;
        var sum = BigInteger.Zero;
        for (var k = 0; k <= m; k++)
        {
            sum += coefficient;
            if (sum * 20 >= total)
            {
                return k;
            }

            coefficient = coefficient * (m - k) / (k + 1);
        }

        return m;
    }

    // The quantile in floating point, or null when the cumulative probability is too near 0.05 to decide.
    internal static int? Approximate(int m)
    {
        // Start near the normal approximation and step: pmf(k-1) = pmf(k) * k / (m - k + 1).
        var k = (int)Math.Clamp(Math.Floor((m / 2.0) - (1.6448536269514722 * Math.Sqrt(m) / 2)), 1, m - 1);
        var pmf = PointProbability(m, k);
        var cdf = pmf * TailRatioSum(m, k);
        while (cdf < Level && k < m)
        {
            pmf = pmf * (m - k) / (k + 1);
            k++;
            cdf += pmf;
        }

        while (k > 0 && cdf - pmf >= Level)
        {
            cdf -= pmf;
            pmf = pmf * k / (m - k + 1);
            k--;
        }

        // Now cdf = P(X <= k) >= 0.05 > P(X <= k - 1) = cdf - pmf, unless too close to call.
        return Math.Abs(cdf - Level) < Margin || Math.Abs(cdf - pmf - Level) < Margin ? null : k;
    }

    // P(X = k) for X ~ Binomial(m, 1/2), 16 <= k <= m - 16: log C(m, k) - m log 2 written as
    // -(D(k) + D(m - k)) + s(m) - s(k) - s(m - k) + ½ log(m / (2π k (m - k))), where D(x) = x log(x / μ) + μ - x with
    // μ = m/2 (the μ - x terms cancel), and s(n) = log n! - (n log n - n + ½ log 2πn), Stirling's series.
    private static double PointProbability(int m, int k)
    {
        var mu = m / 2.0;
        var log = -(Deviance(k, mu) + Deviance(m - k, mu))
            + Stirling(m) - Stirling(k) - Stirling(m - k)
            + (0.5 * Math.Log(m / (2 * Math.PI * k * (double)(m - k))));
        return Math.Exp(log);
    }

    // x log(x/μ) + μ − x without cancellation when x is near μ: with v = (x − μ)/(x + μ), it equals
    // (x − μ)v + 2x(v³/3 + v⁵/5 + …).
    private static double Deviance(double x, double mu)
    {
        if (Math.Abs(x - mu) >= 0.1 * (x + mu))
        {
            return (x * Math.Log(x / mu)) + mu - x;
        }

        var v = (x - mu) / (x + mu);
        var sum = (x - mu) * v;
        var power = 2 * x * v;
        var v2 = v * v;
        for (var j = 3; ; j += 2)
        {
            power *= v2;
            var next = sum + (power / j);
            if (next == sum)
            {
                return sum;
            }

            sum = next;
        }
    }

    // Stirling's series for log n! − (n log n − n + ½ log 2πn), n >= 16: the first omitted term is below 10⁻¹⁶.
    private static double Stirling(double n)
    {
        var n2 = n * n;
        return (1.0 / 12 - (1.0 / 360 - (1.0 / 1260 - (1.0 / 1680 - 1.0 / (1188 * n2)) / n2) / n2) / n2) / n;
    }

    // Σ_{i<=k} P(X = i) / P(X = k), summed from i = k down until the terms no longer change the sum.
    private static double TailRatioSum(int m, int k)
    {
        var sum = 1.0;
        var term = 1.0;
        for (var i = k; i > 0; i--)
        {
            term = term * i / (m - i + 1);
            var next = sum + term;
            if (next == sum)
            {
                break;
            }

            sum = next;
        }

        return sum;
    }
}
