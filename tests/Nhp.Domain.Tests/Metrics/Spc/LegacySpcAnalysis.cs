using System.Collections.Concurrent;
using System.Globalization;
using System.Numerics;
using Nhp.Metrics.Spc;

namespace Nhp.Domain.Tests.Metrics.Spc;

// The series-at-a-time implementation as it was before the batch API (commit aa9f743), kept unchanged as the
// reference that the batch and single-series code must match to the last bit.
internal static class LegacySpcAnalysis
{
    /// <summary>The fewest values an analysis accepts: 2 (one moving range).</summary>
    public const int MinimumPoints = 2;

    /// <summary>Below this many points the NHS method warns that its limits are trial limits: 13.</summary>
    public const int ShortBaselinePoints = 13;

    private const double NhsLimit = 2.66;
    private const double ScreenFactor = 3.267;
    private const int NhsRun = 7;
    private const int Sd2Run = 7;

    private static readonly ConcurrentDictionary<int, int> CrossingsMinimumCache = new();

    /// <summary>Analyses <paramref name="values"/> (null for a missing value).</summary>
    /// <param name="values">The series in time order.</param>
    /// <param name="options">The method and its settings.</param>
    /// <returns>The result, or a "not enough data" result.</returns>
    public static SpcResult Analyse(IReadOnlyList<double?> values, SpcOptions options)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(options);
        var y = new double[values.Count];
        for (var i = 0; i < y.Length; i++)
        {
            if (values[i] is not { } v || !double.IsFinite(v))
            {
                return new SpcResult(options, string.Create(CultureInfo.InvariantCulture, $"the value at index {i} is missing or not a number; SPC needs a complete series."));
            }

            y[i] = v;
        }

        return Analyse(y, options);
    }

    /// <summary>Analyses <paramref name="values"/>.</summary>
    /// <param name="values">The series in time order.</param>
    /// <param name="options">The method and its settings.</param>
    /// <returns>The result, or a "not enough data" result.</returns>
    public static SpcResult Analyse(IReadOnlyList<double> values, SpcOptions options)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(options);
        var y = values as double[] ?? values.ToArray();
        if (y.Length < MinimumPoints)
        {
            return new SpcResult(options, string.Create(CultureInfo.InvariantCulture, $"{y.Length} value(s); SPC needs at least {MinimumPoints}."));
        }

        for (var i = 0; i < y.Length; i++)
        {
            if (!double.IsFinite(y[i]))
            {
                return new SpcResult(options, string.Create(CultureInfo.InvariantCulture, $"the value at index {i} is missing or not a number; SPC needs a complete series."));
            }
        }

        var constant = true;
        for (var i = 1; i < y.Length && constant; i++)
        {
            constant = y[i] == y[0];
        }

        if (constant)
        {
            return new SpcResult(options, "all values are equal, so there is no variation to judge.");
        }

        return options.Method switch
        {
            SpcMethod.Sd2 => Sd2(y, options),
            SpcMethod.Nhs => Nhs(y, options),
            SpcMethod.Anhoej => Anhoej(y, options),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Method, "Unknown SPC method."),
        };
    }

    /// <summary>
    /// The 5% lower quantile of Binomial(<paramref name="trials"/>, 0.5): the least k with P(X ≤ k) ≥ 0.05, computed
    /// with exact integer arithmetic (as R's <c>qbinom(0.05, trials, 0.5)</c>).
    /// </summary>
    /// <param name="trials">The number of trials, 0 or more.</param>
    /// <returns>The quantile.</returns>
    public static int CrossingsMinimum(int trials)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(trials);
        return CrossingsMinimumCache.GetOrAdd(trials, static m =>
        {
            // P(X <= k) >= 1/20  <=>  20 * sum_{i<=k} C(m, i) >= 2^m
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
        });
    }

    /// <summary>Anhøj's longest-run limit for <paramref name="usefulPoints"/> points: round(log2(n)) + 3.</summary>
    /// <param name="usefulPoints">Points not on the centre line, 1 or more.</param>
    /// <returns>The limit.</returns>
    public static int LongestRunLimit(int usefulPoints)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(usefulPoints, 1);
        return (int)Math.Round(Math.Log2(usefulPoints), MidpointRounding.ToEven) + 3;
    }

    private static double Mean(double[] y)
    {
        var sum = 0.0;
        foreach (var v in y)
        {
            sum += v;
        }

        return sum / y.Length;
    }

    private static double MeanMovingRange(double[] y, bool screen)
    {
        var sum = 0.0;
        for (var i = 1; i < y.Length; i++)
        {
            sum += Math.Abs(y[i] - y[i - 1]);
        }

        var amr = sum / (y.Length - 1);
        if (!screen)
        {
            return amr;
        }

        var limit = ScreenFactor * amr;
        var kept = 0;
        var keptSum = 0.0;
        for (var i = 1; i < y.Length; i++)
        {
            var mr = Math.Abs(y[i] - y[i - 1]);
            if (mr < limit)
            {
                kept++;
                keptSum += mr;
            }
        }

        return kept == 0 ? double.NaN : keptSum / kept;
    }

    private static SpcResult Sd2(double[] y, SpcOptions options)
    {
        var n = y.Length;
        var mean = Mean(y);
        var squares = 0.0;
        foreach (var v in y)
        {
            squares += (v - mean) * (v - mean);
        }

        var sd = Math.Sqrt(squares / (n - 1));
        var lower = mean - (2 * sd);
        var upper = mean + (2 * sd);
        var signals = new SpcSignals[n];
        for (var i = 0; i < n; i++)
        {
            if (y[i] > upper || y[i] < lower)
            {
                signals[i] |= SpcSignals.OutsideLimits;
            }
        }

        MarkSideRuns(y, mean, Sd2Run, signals);

        // Runs of successive increases: point i continues the run when y[i] > y[i-1].
        var start = 0;
        for (var i = 1; i <= n; i++)
        {
            if (i < n && y[i] > y[i - 1])
            {
                continue;
            }

            if (i - 1 - start >= Sd2Run)
            {
                for (var j = start; j < i; j++)
                {
                    signals[j] |= SpcSignals.Trend;
                }
            }

            start = i;
        }

        return new SpcResult(options, mean, lower, upper, Points(y, signals, null), null, null, null);
    }

    private static void MarkSideRuns(double[] y, double centre, int minimum, SpcSignals[] signals)
    {
        var n = y.Length;
        var start = 0;
        for (var i = 1; i <= n; i++)
        {
            var side = Math.Sign(y[start] - centre);
            if (i < n && side != 0 && Math.Sign(y[i] - centre) == side)
            {
                continue;
            }

            if (side != 0 && i - start >= minimum)
            {
                for (var j = start; j < i; j++)
                {
                    signals[j] |= SpcSignals.Shift;
                }
            }

            start = i;
        }
    }

    private static SpcResult Nhs(double[] y, SpcOptions options)
    {
        var n = y.Length;
        var mean = Mean(y);
        var amr = MeanMovingRange(y, options.ScreenMovingRanges);
        var lower = mean - (NhsLimit * amr);
        var upper = mean + (NhsLimit * amr);
        var nearLower = mean - (2 * (NhsLimit / 3) * amr);
        var nearUpper = mean + (2 * (NhsLimit / 3) * amr);

        var side = new int[n];
        var outside = new bool[n];
        var near = new bool[n];
        for (var i = 0; i < n; i++)
        {
            outside[i] = y[i] > upper || y[i] < lower;
            side[i] = Math.Sign(y[i] - mean);
            near[i] = !outside[i] && (y[i] < nearLower || y[i] > nearUpper);
        }

        // Trends: a window of 7 points ending at i, each strictly rising (or falling); every point of it is marked.
        var inTrend = new bool[n];
        for (var end = NhsRun - 1; end < n; end++)
        {
            var rising = true;
            var falling = true;
            for (var k = end - NhsRun + 2; k <= end; k++)
            {
                rising &= y[k] > y[k - 1];
                falling &= y[k] < y[k - 1];
            }

            if (rising || falling)
            {
                for (var k = end - NhsRun + 1; k <= end; k++)
                {
                    inTrend[k] = true;
                }
            }
        }

        // Shifts: a window of 7 points ending at i all strictly on the same side of the mean.
        var inShift = new bool[n];
        for (var end = NhsRun - 1; end < n; end++)
        {
            var s = side[end];
            var same = s != 0;
            for (var k = end - NhsRun + 1; k < end && same; k++)
            {
                same = side[k] == s;
            }

            if (same)
            {
                for (var k = end - NhsRun + 1; k <= end; k++)
                {
                    inShift[k] = true;
                }
            }
        }

        // Two of three: any window of three consecutive points holding the point, with at least two near-limit points
        // and all three strictly on one side; only the near-limit points are marked.
        var inTwoOfThree = new bool[n];
        for (var first = 0; first + 2 < n; first++)
        {
            var nearCount = (near[first] ? 1 : 0) + (near[first + 1] ? 1 : 0) + (near[first + 2] ? 1 : 0);
            var sideSum = side[first] + side[first + 1] + side[first + 2];
            if (nearCount >= 2 && Math.Abs(sideSum) == 3)
            {
                for (var k = first; k <= first + 2; k++)
                {
                    inTwoOfThree[k] |= near[k];
                }
            }
        }

        var points = new SpcPoint[n];
        for (var i = 0; i < n; i++)
        {
            var signals = SpcSignals.None;
            signals |= outside[i] ? SpcSignals.OutsideLimits : SpcSignals.None;
            signals |= inTrend[i] ? SpcSignals.Trend : SpcSignals.None;
            signals |= inTwoOfThree[i] ? SpcSignals.TwoOfThree : SpcSignals.None;
            signals |= inShift[i] ? SpcSignals.Shift : SpcSignals.None;

            int direction;
            if (outside[i])
            {
                direction = side[i] == 1 ? 1 : -1;
            }
            else if (inTrend[i])
            {
                // The direction of the trend: towards the next point when it is also in the trend, else from the previous.
                var useNext = i + 1 < n && inTrend[i + 1];
                var d = useNext ? Math.Sign(y[i + 1] - y[i]) : i > 0 ? Math.Sign(y[i] - y[i - 1]) : 0;
                direction = d == 1 ? 1 : -1;
            }
            else if (inTwoOfThree[i] || inShift[i])
            {
                direction = side[i] > 0 ? 1 : -1;
            }
            else
            {
                direction = 0;
            }

            points[i] = new SpcPoint(i, y[i], signals, PointType(direction, options.Improvement));
        }

        SpcAssurance? assurance = null;
        if (options.Target is { } target && options.Improvement != ImprovementDirection.Neutral)
        {
            var increasing = options.Improvement == ImprovementDirection.Increase;
            assurance = target > upper
                ? increasing ? SpcAssurance.ConsistentFail : SpcAssurance.ConsistentPass
                : target < lower
                    ? increasing ? SpcAssurance.ConsistentPass : SpcAssurance.ConsistentFail
                    : SpcAssurance.Inconsistent;
        }

        return new SpcResult(options, mean, lower, upper, points, null, points[^1].PointType, assurance);
    }

    private static SpcPointType PointType(int direction, ImprovementDirection improvement)
    {
        if (direction == 0)
        {
            return SpcPointType.CommonCause;
        }

        return improvement switch
        {
            ImprovementDirection.Neutral => direction > 0 ? SpcPointType.SpecialCauseNeutralHigh : SpcPointType.SpecialCauseNeutralLow,
            ImprovementDirection.Increase => direction > 0 ? SpcPointType.SpecialCauseImprovement : SpcPointType.SpecialCauseConcern,
            _ => direction < 0 ? SpcPointType.SpecialCauseImprovement : SpcPointType.SpecialCauseConcern,
        };
    }

    private static SpcResult Anhoej(double[] y, SpcOptions options)
    {
        var n = y.Length;
        var mean = Mean(y);
        var amr = MeanMovingRange(y, options.ScreenMovingRanges);
        var sigma = amr / 1.128;
        var lower = mean - (3 * sigma);
        var upper = mean + (3 * sigma);
        var signals = new SpcSignals[n];
        for (var i = 0; i < n; i++)
        {
            if (y[i] > upper || y[i] < lower)
            {
                signals[i] |= SpcSignals.OutsideLimits;
            }
        }

        // Runs on the useful points (those not on the centre line).
        var useful = 0;
        var runs = 0;
        var longest = 0;
        var current = 0;
        var previousSide = 0;
        for (var i = 0; i < n; i++)
        {
            var s = Math.Sign(y[i] - mean);
            if (s == 0)
            {
                continue;
            }

            useful++;
            if (s == previousSide)
            {
                current++;
            }
            else
            {
                runs++;
                current = 1;
                previousSide = s;
            }

            longest = Math.Max(longest, current);
        }

        var limit = LongestRunLimit(useful);
        var crossings = Math.Max(runs - 1, 0);
        var minimum = CrossingsMinimum(Math.Max(useful - 1, 0));
        var analysis = new SpcRunsAnalysis(useful, longest, limit, crossings, minimum, longest > limit || crossings < minimum);

        // Mark the points of runs longer than the limit (points on the centre line are skipped, not breaking a run).
        var runStart = -1;
        var runLength = 0;
        previousSide = 0;
        for (var i = 0; i <= n; i++)
        {
            var s = i < n ? Math.Sign(y[i] - mean) : 2;
            if (s == 0)
            {
                continue;
            }

            if (s != previousSide)
            {
                if (runLength > limit)
                {
                    for (var k = runStart; k < i; k++)
                    {
                        if (Math.Sign(y[k] - mean) != 0)
                        {
                            signals[k] |= SpcSignals.Shift;
                        }
                    }
                }

                runStart = i;
                runLength = 1;
                previousSide = s;
            }
            else
            {
                runLength++;
            }
        }

        return new SpcResult(options, mean, lower, upper, Points(y, signals, null), analysis, null, null);
    }

    private static SpcPoint[] Points(double[] y, SpcSignals[] signals, SpcPointType[]? types)
    {
        var points = new SpcPoint[y.Length];
        for (var i = 0; i < y.Length; i++)
        {
            points[i] = new SpcPoint(i, y[i], signals[i], types?[i]);
        }

        return points;
    }
}
