using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Nhp.Metrics.Spc;

/// <summary>
/// SPC of a series of 2 to <see cref="MaxPoints"/> points (five years of monthly figures fit) with every per-point
/// condition held as the bits of one 64-bit mask: bit i of <c>above</c> is set when point i lies strictly above the
/// mean, and so on. The runs rules then become a few shifts and ands per series instead of data-dependent branches per
/// point, and the per-point loops do no branching at all. The numbers are those of the general code in
/// <see cref="SpcAnalysis"/> to the last bit: the sums are taken in the same order with the same operations, and the
/// comparisons are the same comparisons.
/// </summary>
internal static class ShortSeriesSpc
{
    /// <summary>The longest series this path takes: the bits of one <see cref="ulong"/>.</summary>
    public const int MaxPoints = 64;

    private const double NhsLimit = 2.66;
    private const double ScreenFactor = 3.267;

    // Anhøj's longest-run limit, round(log2(n)) + 3, for n = 1 to 64 (index 0 unused), with the same expression as
    // SpcAnalysis.LongestRunLimit.
    private static readonly int[] RunLimits = Enumerable.Range(0, MaxPoints + 1)
        .Select(n => n == 0 ? 0 : SpcAnalysis.LongestRunLimit(n)).ToArray();

    /// <summary>Analyses <paramref name="y"/> (2 to <see cref="MaxPoints"/> values).</summary>
    /// <param name="y">The series.</param>
    /// <param name="options">The method and its settings.</param>
    /// <param name="signals">Exactly as long as <paramref name="y"/>.</param>
    /// <param name="types">Empty, or exactly as long as <paramref name="y"/>.</param>
    /// <returns>The summary, the same as the general code gives.</returns>
    public static SpcSeriesSummary Analyse(ReadOnlySpan<double> y, SpcOptions options, Span<SpcSignals> signals, Span<SpcPointType> types)
    {
        unchecked
        {
            // First pass, as the general code: the sum (starting from 0.0, then the first value), the sum of the
            // moving ranges, both in time order; whether any value is not finite; whether all are equal. And the
            // rises and falls (bit i: y[i] > y[i − 1], y[i] < y[i − 1]), which need nothing else.
            var first = y[0];
            var sum = 0.0;
            sum += first;
            var rangeSum = 0.0;
            var finite = double.IsFinite(first);
            var constant = true;
            ulong rise = 0, fall = 0;
            var previous = first;
            for (var i = 1; i < y.Length; i++)
            {
                var v = y[i];
                finite &= double.IsFinite(v);
                constant &= v == first;
                sum += v;
                rangeSum += Math.Abs(v - previous);
                rise |= Bit(v > previous) << i;
                fall |= Bit(v < previous) << i;
                previous = v;
            }

            if (!finite)
            {
                var index = 0;
                while (double.IsFinite(y[index]))
                {
                    index++;
                }

                return SpcAnalysis.NotEnough(SpcDataProblem.NotFinite, index, signals);
            }

            if (constant)
            {
                return SpcAnalysis.NotEnough(SpcDataProblem.NoVariation, 0, signals);
            }

            var mean = sum / y.Length;
            return options.Method switch
            {
                SpcMethod.Sd2 => Sd2(y, mean, rise, signals),
                SpcMethod.Nhs => Nhs(y, mean, rangeSum, rise, fall, options, signals, types),
                SpcMethod.Anhoej => Anhoej(y, mean, rangeSum, options.ScreenMovingRanges, signals),
                _ => throw new ArgumentOutOfRangeException(nameof(options), options.Method, "Unknown SPC method."),
            };
        }
    }

    private static SpcSeriesSummary Sd2(ReadOnlySpan<double> y, double mean, ulong rise, Span<SpcSignals> signals)
    {
        unchecked
        {
            var n = y.Length;
            var squares = 0.0;
            ulong above = 0, below = 0;
            for (var i = 0; i < y.Length; i++)
            {
                var v = y[i];
                squares += (v - mean) * (v - mean);
                above |= Bit(v > mean) << i;
                below |= Bit(v < mean) << i;
            }

            var sd = Math.Sqrt(squares / (n - 1));
            var lower = mean - (2 * sd);
            var upper = mean + (2 * sd);

            // Shift: every point of a run of 7 or more strictly on one side. Trend: every point of 7 or more
            // successive rises (8 points: the rises and the point before the first).
            var shift = Runs(above, 7) | Runs(below, 7);
            var trend = RisePoints(rise, 7);
            WriteSignals(y, lower, upper, shift, trend, signals);
            return new SpcSeriesSummary { Count = n, Centre = mean, LowerLimit = lower, UpperLimit = upper, LastSignals = signals[n - 1] };
        }
    }

    private static SpcSeriesSummary Nhs(ReadOnlySpan<double> y, double mean, double rangeSum, ulong rise, ulong fall, SpcOptions options, Span<SpcSignals> signals, Span<SpcPointType> types)
    {
        unchecked
        {
            var n = y.Length;
            var amr = MeanMovingRange(y, mean, rangeSum, options.ScreenMovingRanges, out var above, out var below);
            var lower = mean - (NhsLimit * amr);
            var upper = mean + (NhsLimit * amr);
            var nearLower = mean - (2 * (NhsLimit / 3) * amr);
            var nearUpper = mean + (2 * (NhsLimit / 3) * amr);

            ulong outside = 0, near = 0;
            for (var i = 0; i < y.Length; i++)
            {
                var v = y[i];
                var o = Bit(v > upper) | Bit(v < lower);
                outside |= o << i;
                near |= ((Bit(v < nearLower) | Bit(v > nearUpper)) & ~o) << i;
            }

            // Two of three: bit j of `window` when points j, j + 1, j + 2 hold at least two near-limit points and lie
            // strictly on one side; the near-limit points of every such window are marked.
            var near1 = near >> 1;
            var near2 = near >> 2;
            var twoNear = (near & near1) | (near & near2) | (near1 & near2);
            var oneSide = (above & (above >> 1) & (above >> 2)) | (below & (below >> 1) & (below >> 2));
            var window = twoNear & oneSide;
            var twoOfThree = near & (window | (window << 1) | (window << 2));

            // Trend: 6 or more successive rises or falls (7 points). Shift: runs of 7 or more on one side.
            var trend = RisePoints(rise, 6) | RisePoints(fall, 6);
            var shift = Runs(above, 7) | Runs(below, 7);

            // Point types, by precedence outside-limits, trend, two-of-three, shift. The direction is up for a point
            // outside the limits or marked two-of-three or shift when it lies above the mean; for a trend point, when
            // the next point is in the trend and rises to it, or otherwise when it rose from the previous point.
            var special = outside | trend | twoOfThree | shift;
            var trendUp = ((trend >> 1) & (rise >> 1)) | (~(trend >> 1) & rise);
            var up = (above & (outside | ~trend)) | (~outside & trend & trendUp);
            var (high, low) = options.Improvement switch
            {
                ImprovementDirection.Neutral => (SpcPointType.SpecialCauseNeutralHigh, SpcPointType.SpecialCauseNeutralLow),
                ImprovementDirection.Increase => (SpcPointType.SpecialCauseImprovement, SpcPointType.SpecialCauseConcern),
                _ => (SpcPointType.SpecialCauseConcern, SpcPointType.SpecialCauseImprovement),
            };

            ref var signal = ref MemoryMarshal.GetReference(signals);
            for (var i = 0; i < n; i++)
            {
                Unsafe.Add(ref signal, i) = (SpcSignals)(
                    (int)((outside >> i) & 1)
                    | ((int)((shift >> i) & 1) << 1)
                    | ((int)((trend >> i) & 1) << 2)
                    | ((int)((twoOfThree >> i) & 1) << 3));
            }

            if (!types.IsEmpty)
            {
                ref var type = ref MemoryMarshal.GetReference(types);
                for (var i = 0; i < n; i++)
                {
                    Unsafe.Add(ref type, i) = PointType(special, up, i, high, low);
                }
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

            return new SpcSeriesSummary
            {
                Count = n,
                Centre = mean,
                LowerLimit = lower,
                UpperLimit = upper,
                LastSignals = signals[n - 1],
                Variation = PointType(special, up, n - 1, high, low),
                Assurance = assurance,
            };
        }
    }

    private static SpcSeriesSummary Anhoej(ReadOnlySpan<double> y, double mean, double rangeSum, bool screen, Span<SpcSignals> signals)
    {
        unchecked
        {
            var n = y.Length;
            var amr = MeanMovingRange(y, mean, rangeSum, screen, out var above, out var below);
            var sigma = amr / 1.128;
            var lower = mean - (3 * sigma);
            var upper = mean + (3 * sigma);

            // The runs analysis works on the useful points (those not on the centre line) packed together: bit k of
            // `packed` is set when the k-th useful point lies above the mean. Bit k of `same` is set when useful points
            // k and k + 1 lie on the same side, so a run of L points is L − 1 set bits of `same`.
            var usefulPoints = above | below;
            var useful = BitOperations.PopCount(usefulPoints);
            var packed = useful == n ? above : Pack(above, usefulPoints);
            var pairs = LowBits(useful - 1);
            var same = ~(packed ^ (packed >> 1)) & pairs;
            var crossings = (useful - 1) - BitOperations.PopCount(same);
            var longest = 1 + LongestRun(same);
            var limit = RunLimits[useful];
            var minimum = BinomialQuantile.FivePercentOfHalf(useful - 1);
            var analysis = new SpcRunsCounts(useful, longest, limit, crossings, minimum, longest > limit || crossings < minimum);

            // Shift: the useful points of runs longer than the limit, i.e. of limit + 1 or more points, which are
            // windows of `limit` set bits of `same`; unpacked back to the points' places.
            ulong shift = 0;
            if (longest > limit)
            {
                var packedShift = Dilate(Windows(same, limit), limit + 1);
                shift = useful == n ? packedShift : Unpack(packedShift, usefulPoints);
            }

            WriteSignals(y, lower, upper, shift, 0, signals);
            return new SpcSeriesSummary { Count = n, Centre = mean, LowerLimit = lower, UpperLimit = upper, LastSignals = signals[n - 1], Runs = analysis };
        }
    }

    // The mean moving range (screened: the moving ranges below 3.267 × their mean, summed in time order, as the
    // general code), and the points above and below the mean.
    private static double MeanMovingRange(ReadOnlySpan<double> y, double mean, double rangeSum, bool screen, out ulong above, out ulong below)
    {
        unchecked
        {
            var amr = rangeSum / (y.Length - 1);
            var limit = screen ? ScreenFactor * amr : double.NaN;
            var kept = 0;
            var keptSum = 0.0;
            var previous = y[0];
            ulong up = Bit(previous > mean), down = Bit(previous < mean);
            for (var i = 1; i < y.Length; i++)
            {
                var v = y[i];
                var mr = Math.Abs(v - previous);
                var keep = Bit(mr < limit);
                kept += (int)keep;

                // Adding +0.0 for a dropped range leaves the sum as it is: the sum starts at +0.0 and only ever has
                // non-negative ranges added, so it is never −0.0 (the one value that +0.0 changes).
                keptSum += BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(mr) & -(long)keep);
                up |= Bit(v > mean) << i;
                down |= Bit(v < mean) << i;
                previous = v;
            }

            above = up;
            below = down;
            return !screen ? amr : kept == 0 ? double.NaN : keptSum / kept;
        }
    }

    // Signals: outside the limits (compared here, per point), shift and trend from their masks.
    private static void WriteSignals(ReadOnlySpan<double> y, double lower, double upper, ulong shift, ulong trend, Span<SpcSignals> signals)
    {
        unchecked
        {
            ref var signal = ref MemoryMarshal.GetReference(signals);
            for (var i = 0; i < y.Length; i++)
            {
                var v = y[i];
                Unsafe.Add(ref signal, i) = (SpcSignals)(
                    (int)(Bit(v > upper) | Bit(v < lower))
                    | ((int)((shift >> i) & 1) << 1)
                    | ((int)((trend >> i) & 1) << 2));
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static SpcPointType PointType(ulong special, ulong up, int i, SpcPointType high, SpcPointType low)
    {
        unchecked
        {
            var isSpecial = (int)((special >> i) & 1);
            var isUp = (int)((up >> i) & 1);
            return (SpcPointType)(isSpecial * ((int)low + (isUp * ((int)high - (int)low))));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Bit(bool value) => Unsafe.BitCast<bool, byte>(value);

    // The lowest `count` bits (0 to 63).
    private static ulong LowBits(int count) => unchecked((1UL << count) - 1);

    // Every point of a run of `length` or more set bits.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Runs(ulong mask, int length) => Dilate(Windows(mask, length), length);

    // The points of runs of `length` or more rises (bit i: a rise from point i − 1 to i): the rises and the point
    // before the first of each run. Bit 0 is never a rise, so nothing is shifted below point 0.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong RisePoints(ulong rises, int length)
    {
        var marked = Runs(rises, length);
        return marked | (marked >> 1);
    }

    // Bit j set when bits j to j + length − 1 of `mask` are all set.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Windows(ulong mask, int length)
    {
        unchecked
        {
            var covered = 1;
            while (covered < length)
            {
                var step = Math.Min(covered, length - covered);
                mask &= mask >> step;
                covered += step;
            }

            return mask;
        }
    }

    // Bit i set when some bit from i − length + 1 to i of `starts` is set.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Dilate(ulong starts, int length)
    {
        unchecked
        {
            var covered = 1;
            while (covered < length)
            {
                var step = Math.Min(covered, length - covered);
                starts |= starts << step;
                covered += step;
            }

            return starts;
        }
    }

    // The length of the longest run of set bits.
    private static int LongestRun(ulong mask)
    {
        unchecked
        {
            var length = 0;
            while (mask != 0)
            {
                mask &= mask >> 1;
                length++;
            }

            return length;
        }
    }

    // The bits of `value` at the places set in `places`, packed together at the bottom.
    private static ulong Pack(ulong value, ulong places)
    {
        if (Bmi2.X64.IsSupported)
        {
            return Bmi2.X64.ParallelBitExtract(value, places);
        }

        unchecked
        {
            ulong packed = 0;
            var k = 0;
            for (var i = 0; i < MaxPoints; i++)
            {
                var place = (int)((places >> i) & 1);
                packed |= ((value >> i) & (ulong)place) << k;
                k += place;
            }

            return packed;
        }
    }

    // The inverse of Pack: the low bits of `packed` spread to the places set in `places`.
    private static ulong Unpack(ulong packed, ulong places)
    {
        if (Bmi2.X64.IsSupported)
        {
            return Bmi2.X64.ParallelBitDeposit(packed, places);
        }

        unchecked
        {
            ulong value = 0;
            var k = 0;
            for (var i = 0; i < MaxPoints; i++)
            {
                var place = (int)((places >> i) & 1);
                value |= ((packed >> k) & (ulong)place) << i;
                k += place;
            }

            return value;
        }
    }
}
