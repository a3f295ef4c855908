using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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
        // First pass, as the general code: the sum (from 0.0, then the first value) and the sum of the moving ranges,
        // both in time order. Nothing else is done per point here, so the loop runs at the speed of its two additions.
        var first = y[0];
        var sum = 0.0;
        sum += first;
        var rangeSum = 0.0;
        var previous = first;
        for (var i = 1; i < y.Length; i++)
        {
            var v = y[i];
            sum += v;
            rangeSum += Math.Abs(v - previous);
            previous = v;
        }

        // A value that is not finite makes the sum not finite (an infinity stays infinite or becomes NaN, NaN stays
        // NaN); a sum that is not finite may also be an overflow of finite values, so the values are looked at then.
        if (!double.IsFinite(sum))
        {
            for (var i = 0; i < y.Length; i++)
            {
                if (!double.IsFinite(y[i]))
                {
                    return SpcAnalysis.NotEnough(SpcDataProblem.NotFinite, i, signals);
                }
            }
        }

        // With finite values, the moving ranges add up to zero exactly when every value equals the first: the
        // difference of two different finite values is never zero, and adding non-negative numbers never returns to
        // zero.
        if (rangeSum == 0)
        {
            return SpcAnalysis.NotEnough(SpcDataProblem.NoVariation, 0, signals);
        }

        var mean = sum / y.Length;
        return options.Method switch
        {
            SpcMethod.Sd2 => Sd2(y, mean, Squares(y, mean), signals),
            SpcMethod.Nhs => Nhs(y, mean, rangeSum, options, signals, types),
            SpcMethod.Anhoej => Anhoej(y, mean, MeanMovingRange(y, rangeSum, options.ScreenMovingRanges), signals),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Method, "Unknown SPC method."),
        };
    }

    /// <summary>
    /// Analyses two series of the same length (2 to <see cref="MaxPoints"/>) together: the same results as
    /// <see cref="Analyse"/> on each, but the sums of the two are taken in the same loops, so that the additions of one
    /// series run while those of the other wait for their previous sum (each sum still in time order, on its own).
    /// </summary>
    /// <param name="a">The first series.</param>
    /// <param name="b">The second series, as long as the first.</param>
    /// <param name="options">The method and its settings.</param>
    /// <param name="signalsA">Exactly as long as <paramref name="a"/>.</param>
    /// <param name="signalsB">Exactly as long as <paramref name="b"/>.</param>
    /// <param name="typesA">Empty, or exactly as long as <paramref name="a"/>.</param>
    /// <param name="typesB">Empty, or exactly as long as <paramref name="b"/>.</param>
    /// <param name="summaryA">The summary of <paramref name="a"/>.</param>
    /// <param name="summaryB">The summary of <paramref name="b"/>.</param>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void AnalysePair(
        ReadOnlySpan<double> a,
        ReadOnlySpan<double> b,
        SpcOptions options,
        Span<SpcSignals> signalsA,
        Span<SpcSignals> signalsB,
        Span<SpcPointType> typesA,
        Span<SpcPointType> typesB,
        out SpcSeriesSummary summaryA,
        out SpcSeriesSummary summaryB)
    {
        var n = a.Length;
        ref var ra = ref MemoryMarshal.GetReference(a);
        ref var rb = ref MemoryMarshal.GetReference(b[..n]);
        var (sumA, sumB, rangeSumA, rangeSumB) = SumsPair(ref ra, ref rb, n);

        // A series with a problem (rare) is analysed again on its own, which finds and reports it.
        if (!double.IsFinite(sumA) || !double.IsFinite(sumB) || rangeSumA == 0 || rangeSumB == 0)
        {
            summaryA = Analyse(a, options, signalsA, typesA);
            summaryB = Analyse(b, options, signalsB, typesB);
            return;
        }

        var meanA = sumA / n;
        var meanB = sumB / n;
        switch (options.Method)
        {
            case SpcMethod.Sd2:
            {
                var (squaresA, squaresB) = SquaresPair(ref ra, ref rb, n, meanA, meanB);
                summaryA = Sd2(a, meanA, squaresA, signalsA);
                summaryB = Sd2(b, meanB, squaresB, signalsB);
                return;
            }

            case SpcMethod.Nhs:
                // Screening is checked in the loop that classifies the points (see Nhs).
                summaryA = Nhs(a, meanA, rangeSumA, options, signalsA, typesA);
                summaryB = Nhs(b, meanB, rangeSumB, options, signalsB, typesB);
                return;

            case SpcMethod.Anhoej:
            {
                var amrA = rangeSumA / (n - 1);
                var amrB = rangeSumB / (n - 1);

                // Screening changes a mean moving range only when it drops a range, which takes an outlier; when it
                // drops none of either series, the screened means are the unscreened ones, and the pass that adds the
                // kept ranges up again in time order is not needed.
                if (options.ScreenMovingRanges
                    && !(AllRangesBelow(ref ra, n, ScreenFactor * amrA) && AllRangesBelow(ref rb, n, ScreenFactor * amrB)))
                {
                    (amrA, amrB) = ScreenedPair(ref ra, ref rb, n, amrA, amrB);
                }

                summaryA = Anhoej(a, meanA, amrA, signalsA);
                summaryB = Anhoej(b, meanB, amrB, signalsB);
                return;
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(options), options.Method, "Unknown SPC method.");
        }
    }

    // The first pass of Analyse for two series of n points at once: the sums and the sums of the moving ranges.
    private static (double SumA, double SumB, double RangeSumA, double RangeSumB) SumsPair(ref double ra, ref double rb, int n)
    {
        unchecked
        {
            var sumA = 0.0;
            var sumB = 0.0;
            sumA += ra;
            sumB += rb;
            var rangeSumA = 0.0;
            var rangeSumB = 0.0;
            var previousA = ra;
            var previousB = rb;
            for (var i = 1; i < n; i++)
            {
                var va = Unsafe.Add(ref ra, i);
                var vb = Unsafe.Add(ref rb, i);
                sumA += va;
                sumB += vb;
                rangeSumA += Math.Abs(va - previousA);
                rangeSumB += Math.Abs(vb - previousB);
                previousA = va;
                previousB = vb;
            }

            return (sumA, sumB, rangeSumA, rangeSumB);
        }
    }

    // Squares for two series of n points at once.
    private static (double A, double B) SquaresPair(ref double ra, ref double rb, int n, double meanA, double meanB)
    {
        unchecked
        {
            var squaresA = 0.0;
            var squaresB = 0.0;
            for (var i = 0; i < n; i++)
            {
                var va = Unsafe.Add(ref ra, i);
                var vb = Unsafe.Add(ref rb, i);
                squaresA += (va - meanA) * (va - meanA);
                squaresB += (vb - meanB) * (vb - meanB);
            }

            return (squaresA, squaresB);
        }
    }

    private static double Squares(ReadOnlySpan<double> y, double mean)
    {
        var squares = 0.0;
        foreach (var v in y)
        {
            squares += (v - mean) * (v - mean);
        }

        return squares;
    }

    private static SpcSeriesSummary Sd2(ReadOnlySpan<double> y, double mean, double squares, Span<SpcSignals> signals)
    {
        var n = y.Length;
        var sd = Math.Sqrt(squares / (n - 1));
        var lower = mean - (2 * sd);
        var upper = mean + (2 * sd);

        // Shift: every point of a run of 7 or more strictly on one side. Trend: every point of 7 or more successive
        // rises (8 points: the rises and the point before the first).
        var outside = Classify(y, mean, lower, upper, out var above, out var below);
        var shift = Runs(above, 7) | Runs(below, 7);
        var trend = RisePoints(Steps(y, out _), 7);
        WriteSignals(outside, shift, trend, 0, signals);
        return new SpcSeriesSummary { Count = n, Centre = mean, LowerLimit = lower, UpperLimit = upper, LastSignals = (SpcSignals)SignalAt(outside, shift, trend, 0, n - 1) };
    }

    // The NHS method, from the sum of the moving ranges. When the options screen the moving ranges, the loop that
    // classifies the points with the unscreened mean moving range also checks whether screening drops any range; only
    // when it does (an outlier) is the screened mean taken, in time order, and the points classified again with it.
    // When it drops none, the screened mean is the unscreened one to the last bit (see AllRangesBelow).
    private static SpcSeriesSummary Nhs(ReadOnlySpan<double> y, double mean, double rangeSum, SpcOptions options, Span<SpcSignals> signals, Span<SpcPointType> types)
    {
        var n = y.Length;
        var amr = rangeSum / (n - 1);
        var screenLimit = ScreenFactor * amr;
        var (lower, upper, nearLower, nearUpper) = NhsLines(mean, amr);
        var outside = ClassifyNhs(y, mean, lower, upper, nearLower, nearUpper, screenLimit, out var above, out var below, out var beyond, out var rise, out var fall, out var rangesBelow);
        if (options.ScreenMovingRanges && !rangesBelow)
        {
            amr = MeanMovingRange(y, rangeSum, true);
            (lower, upper, nearLower, nearUpper) = NhsLines(mean, amr);
            outside = ClassifyNhs(y, mean, lower, upper, nearLower, nearUpper, screenLimit, out above, out below, out beyond, out rise, out fall, out _);
        }

        var near = beyond & ~outside;

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
        // outside the limits or marked two-of-three or shift when it lies above the mean; for a trend point, when the
        // next point is in the trend and rises to it, or otherwise when it rose from the previous point.
        var special = outside | trend | twoOfThree | shift;
        var trendUp = ((trend >> 1) & (rise >> 1)) | (~(trend >> 1) & rise);
        var up = (above & (outside | ~trend)) | (~outside & trend & trendUp);
        var (high, low) = options.Improvement switch
        {
            ImprovementDirection.Neutral => (SpcPointType.SpecialCauseNeutralHigh, SpcPointType.SpecialCauseNeutralLow),
            ImprovementDirection.Increase => (SpcPointType.SpecialCauseImprovement, SpcPointType.SpecialCauseConcern),
            _ => (SpcPointType.SpecialCauseConcern, SpcPointType.SpecialCauseImprovement),
        };

        // The signals and the point types are written in one loop.
        if (types.IsEmpty)
        {
            WriteSignals(outside, shift, trend, twoOfThree, signals);
        }
        else
        {
            WriteSignalsAndTypes(outside, shift, trend, twoOfThree, up, high, low, signals, types);
        }

        var assurance = SpcAnalysis.Assurance(options, lower, upper);

        return new SpcSeriesSummary
        {
            Count = n,
            Centre = mean,
            LowerLimit = lower,
            UpperLimit = upper,
            LastSignals = (SpcSignals)SignalAt(outside, shift, trend, twoOfThree, n - 1),
            Variation = PointType(special, up, n - 1, high, low),
            Assurance = assurance,
        };
    }

    // The NHS limits and two-sigma lines: lower, upper, near lower, near upper.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (double Lower, double Upper, double NearLower, double NearUpper) NhsLines(double mean, double amr) =>
        (mean - (NhsLimit * amr), mean + (NhsLimit * amr), mean - (2 * (NhsLimit / 3) * amr), mean + (2 * (NhsLimit / 3) * amr));

    private static SpcSeriesSummary Anhoej(ReadOnlySpan<double> y, double mean, double amr, Span<SpcSignals> signals)
    {
        unchecked
        {
            var n = y.Length;
            var sigma = amr / 1.128;
            var lower = mean - (3 * sigma);
            var upper = mean + (3 * sigma);
            var outside = Classify(y, mean, lower, upper, out var above, out var below);

            // The runs analysis works on the useful points (those not on the centre line) packed together: bit k of
            // `packed` is set when the k-th useful point lies above the mean. Bit k of `same` is set when useful points
            // k and k + 1 lie on the same side, so a run of L points is L − 1 set bits of `same`.
            var usefulPoints = above | below;
            var useful = BitOperations.PopCount(usefulPoints);
            var packed = useful == n ? above : Pack(above, usefulPoints);
            var same = ~(packed ^ (packed >> 1)) & LowBits(useful - 1);
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

            WriteSignals(outside, shift, 0, 0, signals);
            return new SpcSeriesSummary
            {
                Count = n,
                Centre = mean,
                LowerLimit = lower,
                UpperLimit = upper,
                LastSignals = (SpcSignals)SignalAt(outside, shift, 0, 0, n - 1),
                Runs = analysis,
            };
        }
    }

    // The mean moving range; when screened, of the moving ranges below 3.267 × their mean, summed in time order as in
    // the general code. A dropped range is added as +0.0, which leaves the sum as it is: the sum starts at +0.0 and
    // only non-negative ranges are added to it, so it is never −0.0 (the one value that adding +0.0 changes).
    private static double MeanMovingRange(ReadOnlySpan<double> y, double rangeSum, bool screen)
    {
        unchecked
        {
            var amr = rangeSum / (y.Length - 1);
            if (!screen || AllRangesBelow(ref MemoryMarshal.GetReference(y), y.Length, ScreenFactor * amr))
            {
                return amr;
            }

            var limit = Vector128.CreateScalarUnsafe(ScreenFactor * amr);
            var kept = 0;
            var keptSum = 0.0;
            var previous = y[0];
            for (var i = 1; i < y.Length; i++)
            {
                var v = y[i];
                var mr = Vector128.CreateScalarUnsafe(Math.Abs(v - previous));
                var keep = Vector128.LessThan(mr, limit);
                kept -= (int)keep.AsInt64().ToScalar();
                keptSum += (mr & keep).ToScalar();
                previous = v;
            }

            return kept == 0 ? double.NaN : keptSum / kept;
        }
    }

    // Whether every moving range |y[i] − y[i − 1]| of the n points at r lies strictly below `limit` (a NaN range does
    // not), compared as MeanMovingRange compares them. Then screening drops no range, and the screened mean is the
    // unscreened one to the last bit: the same ranges added in the same order, divided by the same count. No sum is
    // taken here, so the comparisons run 8 (or 4) at a time; the last vector overlaps the one before it, which changes
    // nothing in an and.
    private static bool AllRangesBelow(ref double r, int n, double limit)
    {
        unchecked
        {
            if (Vector512.IsHardwareAccelerated && n > Vector512<double>.Count)
            {
                var l = Vector512.Create(limit);
                var below = Vector512<double>.AllBitsSet;
                for (var i = 1; i < n; i += Vector512<double>.Count)
                {
                    i = Math.Min(i, n - Vector512<double>.Count);
                    var range = Vector512.Abs(Vector512.LoadUnsafe(ref r, (nuint)i) - Vector512.LoadUnsafe(ref r, (nuint)(i - 1)));
                    below &= Vector512.LessThan(range, l);
                }

                return Vector512.EqualsAll(below.AsUInt64(), Vector512<ulong>.AllBitsSet);
            }

            if (Vector256.IsHardwareAccelerated && n > Vector256<double>.Count)
            {
                var l = Vector256.Create(limit);
                var below = Vector256<double>.AllBitsSet;
                for (var i = 1; i < n; i += Vector256<double>.Count)
                {
                    i = Math.Min(i, n - Vector256<double>.Count);
                    var range = Vector256.Abs(Vector256.LoadUnsafe(ref r, (nuint)i) - Vector256.LoadUnsafe(ref r, (nuint)(i - 1)));
                    below &= Vector256.LessThan(range, l);
                }

                return Vector256.EqualsAll(below.AsUInt64(), Vector256<ulong>.AllBitsSet);
            }

            var all = true;
            for (var i = 1; i < n; i++)
            {
                all &= Math.Abs(Unsafe.Add(ref r, i) - Unsafe.Add(ref r, i - 1)) < limit;
            }

            return all;
        }
    }

    // MeanMovingRange (screened) of two series of n points at once, from their unscreened means.
    private static (double A, double B) ScreenedPair(ref double ra, ref double rb, int n, double amrA, double amrB)
    {
        unchecked
        {
            var limitA = Vector128.CreateScalarUnsafe(ScreenFactor * amrA);
            var limitB = Vector128.CreateScalarUnsafe(ScreenFactor * amrB);
            int keptA = 0, keptB = 0;
            double sumA = 0.0, sumB = 0.0;
            var previousA = ra;
            var previousB = rb;
            for (var i = 1; i < n; i++)
            {
                var va = Unsafe.Add(ref ra, i);
                var vb = Unsafe.Add(ref rb, i);
                var mrA = Vector128.CreateScalarUnsafe(Math.Abs(va - previousA));
                var mrB = Vector128.CreateScalarUnsafe(Math.Abs(vb - previousB));
                var keepA = Vector128.LessThan(mrA, limitA);
                var keepB = Vector128.LessThan(mrB, limitB);
                keptA -= (int)keepA.AsInt64().ToScalar();
                keptB -= (int)keepB.AsInt64().ToScalar();
                sumA += (mrA & keepA).ToScalar();
                sumB += (mrB & keepB).ToScalar();
                previousA = va;
                previousB = vb;
            }

            return (keptA == 0 ? double.NaN : sumA / keptA, keptB == 0 ? double.NaN : sumB / keptB);
        }
    }

    // The points strictly above and below the mean, and (returned) those strictly outside the limits: bit i set when
    // the comparison of y[i] is true (false for NaN, as the comparison operators). The vectors take 8 (or 4) points
    // at a time, and the last one overlaps the one before it, so no point is left to a scalar tail: the bits of the
    // points seen twice are or'ed in twice, which changes nothing.
    private static ulong Classify(ReadOnlySpan<double> y, double mean, double lower, double upper, out ulong above, out ulong below)
    {
        unchecked
        {
            var n = y.Length;
            ulong up = 0, down = 0, outside = 0;
            ref var r = ref MemoryMarshal.GetReference(y);
            if (Vector512.IsHardwareAccelerated && n >= Vector512<double>.Count)
            {
                var m = Vector512.Create(mean);
                var l = Vector512.Create(lower);
                var u = Vector512.Create(upper);
                for (var i = 0; i < n; i += Vector512<double>.Count)
                {
                    i = Math.Min(i, n - Vector512<double>.Count);
                    var v = Vector512.LoadUnsafe(ref r, (nuint)i);
                    up |= Vector512.GreaterThan(v, m).ExtractMostSignificantBits() << i;
                    down |= Vector512.LessThan(v, m).ExtractMostSignificantBits() << i;
                    outside |= (Vector512.GreaterThan(v, u) | Vector512.LessThan(v, l)).ExtractMostSignificantBits() << i;
                }
            }
            else if (Vector256.IsHardwareAccelerated && n >= Vector256<double>.Count)
            {
                var m = Vector256.Create(mean);
                var l = Vector256.Create(lower);
                var u = Vector256.Create(upper);
                for (var i = 0; i < n; i += Vector256<double>.Count)
                {
                    i = Math.Min(i, n - Vector256<double>.Count);
                    var v = Vector256.LoadUnsafe(ref r, (nuint)i);
                    up |= (ulong)Vector256.GreaterThan(v, m).ExtractMostSignificantBits() << i;
                    down |= (ulong)Vector256.LessThan(v, m).ExtractMostSignificantBits() << i;
                    outside |= (ulong)(Vector256.GreaterThan(v, u) | Vector256.LessThan(v, l)).ExtractMostSignificantBits() << i;
                }
            }
            else
            {
                for (var i = 0; i < n; i++)
                {
                    var v = y[i];
                    up |= Bit(v > mean) << i;
                    down |= Bit(v < mean) << i;
                    outside |= (Bit(v > upper) | Bit(v < lower)) << i;
                }
            }

            above = up;
            below = down;
            return outside;
        }
    }

    // Classify and Steps in one loop for the NHS method, with (beyond) the points strictly above nearUpper or below
    // nearLower, and (rangesBelow) whether every moving range lies strictly below screenLimit, as AllRangesBelow. Point
    // 0 (no rise or fall, no range) is compared on its own; the vectors then start at point 1, the last one
    // overlapping the one before it as in Classify.
    private static ulong ClassifyNhs(
        ReadOnlySpan<double> y,
        double mean,
        double lower,
        double upper,
        double nearLower,
        double nearUpper,
        double screenLimit,
        out ulong above,
        out ulong below,
        out ulong beyond,
        out ulong rises,
        out ulong falls,
        out bool rangesBelow)
    {
        unchecked
        {
            var n = y.Length;
            var v0 = y[0];
            ulong up = Bit(v0 > mean), down = Bit(v0 < mean), outside = Bit(v0 > upper) | Bit(v0 < lower);
            ulong near = Bit(v0 > nearUpper) | Bit(v0 < nearLower), rise = 0, fall = 0;
            var kept = true;
            ref var r = ref MemoryMarshal.GetReference(y);
            if (Vector512.IsHardwareAccelerated && n > Vector512<double>.Count)
            {
                var m = Vector512.Create(mean);
                var l = Vector512.Create(lower);
                var u = Vector512.Create(upper);
                var nl = Vector512.Create(nearLower);
                var nu = Vector512.Create(nearUpper);
                var limit = Vector512.Create(screenLimit);
                var below512 = Vector512<double>.AllBitsSet;
                for (var i = 1; i < n; i += Vector512<double>.Count)
                {
                    i = Math.Min(i, n - Vector512<double>.Count);
                    var v = Vector512.LoadUnsafe(ref r, (nuint)i);
                    var before = Vector512.LoadUnsafe(ref r, (nuint)(i - 1));
                    up |= Vector512.GreaterThan(v, m).ExtractMostSignificantBits() << i;
                    down |= Vector512.LessThan(v, m).ExtractMostSignificantBits() << i;
                    outside |= (Vector512.GreaterThan(v, u) | Vector512.LessThan(v, l)).ExtractMostSignificantBits() << i;
                    near |= (Vector512.GreaterThan(v, nu) | Vector512.LessThan(v, nl)).ExtractMostSignificantBits() << i;
                    rise |= Vector512.GreaterThan(v, before).ExtractMostSignificantBits() << i;
                    fall |= Vector512.LessThan(v, before).ExtractMostSignificantBits() << i;
                    below512 &= Vector512.LessThan(Vector512.Abs(v - before), limit);
                }

                kept = Vector512.EqualsAll(below512.AsUInt64(), Vector512<ulong>.AllBitsSet);
            }
            else if (Vector256.IsHardwareAccelerated && n > Vector256<double>.Count)
            {
                var m = Vector256.Create(mean);
                var l = Vector256.Create(lower);
                var u = Vector256.Create(upper);
                var nl = Vector256.Create(nearLower);
                var nu = Vector256.Create(nearUpper);
                var limit = Vector256.Create(screenLimit);
                var below256 = Vector256<double>.AllBitsSet;
                for (var i = 1; i < n; i += Vector256<double>.Count)
                {
                    i = Math.Min(i, n - Vector256<double>.Count);
                    var v = Vector256.LoadUnsafe(ref r, (nuint)i);
                    var before = Vector256.LoadUnsafe(ref r, (nuint)(i - 1));
                    up |= (ulong)Vector256.GreaterThan(v, m).ExtractMostSignificantBits() << i;
                    down |= (ulong)Vector256.LessThan(v, m).ExtractMostSignificantBits() << i;
                    outside |= (ulong)(Vector256.GreaterThan(v, u) | Vector256.LessThan(v, l)).ExtractMostSignificantBits() << i;
                    near |= (ulong)(Vector256.GreaterThan(v, nu) | Vector256.LessThan(v, nl)).ExtractMostSignificantBits() << i;
                    rise |= (ulong)Vector256.GreaterThan(v, before).ExtractMostSignificantBits() << i;
                    fall |= (ulong)Vector256.LessThan(v, before).ExtractMostSignificantBits() << i;
                    below256 &= Vector256.LessThan(Vector256.Abs(v - before), limit);
                }

                kept = Vector256.EqualsAll(below256.AsUInt64(), Vector256<ulong>.AllBitsSet);
            }
            else
            {
                for (var i = 1; i < n; i++)
                {
                    var v = y[i];
                    var before = y[i - 1];
                    kept &= Math.Abs(v - before) < screenLimit;
                    up |= Bit(v > mean) << i;
                    down |= Bit(v < mean) << i;
                    outside |= (Bit(v > upper) | Bit(v < lower)) << i;
                    near |= (Bit(v > nearUpper) | Bit(v < nearLower)) << i;
                    rise |= Bit(v > before) << i;
                    fall |= Bit(v < before) << i;
                }
            }

            above = up;
            below = down;
            beyond = near;
            rises = rise;
            falls = fall;
            rangesBelow = kept;
            return outside;
        }
    }

    // The rises (returned; bit i set when y[i] > y[i − 1]) and falls (y[i] < y[i − 1]); bit 0 never. The vectors
    // start at point 1, the last one overlapping the one before it as in Classify.
    private static ulong Steps(ReadOnlySpan<double> y, out ulong falls)
    {
        unchecked
        {
            var n = y.Length;
            ulong up = 0, down = 0;
            ref var r = ref MemoryMarshal.GetReference(y);
            if (Vector512.IsHardwareAccelerated && n > Vector512<double>.Count)
            {
                for (var i = 1; i < n; i += Vector512<double>.Count)
                {
                    i = Math.Min(i, n - Vector512<double>.Count);
                    var current = Vector512.LoadUnsafe(ref r, (nuint)i);
                    var before = Vector512.LoadUnsafe(ref r, (nuint)(i - 1));
                    up |= Vector512.GreaterThan(current, before).ExtractMostSignificantBits() << i;
                    down |= Vector512.LessThan(current, before).ExtractMostSignificantBits() << i;
                }
            }
            else if (Vector256.IsHardwareAccelerated && n > Vector256<double>.Count)
            {
                for (var i = 1; i < n; i += Vector256<double>.Count)
                {
                    i = Math.Min(i, n - Vector256<double>.Count);
                    var current = Vector256.LoadUnsafe(ref r, (nuint)i);
                    var before = Vector256.LoadUnsafe(ref r, (nuint)(i - 1));
                    up |= (ulong)Vector256.GreaterThan(current, before).ExtractMostSignificantBits() << i;
                    down |= (ulong)Vector256.LessThan(current, before).ExtractMostSignificantBits() << i;
                }
            }
            else
            {
                for (var i = 1; i < n; i++)
                {
                    up |= Bit(y[i] > y[i - 1]) << i;
                    down |= Bit(y[i] < y[i - 1]) << i;
                }
            }

            falls = down;
            return up;
        }
    }

    // Signal i = outside-limits, shift, trend and two-of-three from bit i of each mask, 16 (or 8) at a time, the last
    // vector overlapping the one before it (those signals are written twice, the same both times).
    private static void WriteSignals(ulong outside, ulong shift, ulong trend, ulong twoOfThree, Span<SpcSignals> signals)
    {
        unchecked
        {
            var s = MemoryMarshal.Cast<SpcSignals, int>(signals);
            ref var r = ref MemoryMarshal.GetReference(s);
            var n = s.Length;
            if (Vector512.IsHardwareAccelerated && Avx512F.IsSupported && n >= Vector512<int>.Count)
            {
                for (var i = 0; i < n; i += Vector512<int>.Count)
                {
                    i = Math.Min(i, n - Vector512<int>.Count);
                    Signals512(outside, shift, trend, twoOfThree, i).StoreUnsafe(ref r, (nuint)i);
                }
            }
            else if (Vector256.IsHardwareAccelerated && n >= Vector256<int>.Count)
            {
                var lanes = Vector256.Create(1, 2, 4, 8, 16, 32, 64, 128);
                for (var i = 0; i < n; i += Vector256<int>.Count)
                {
                    i = Math.Min(i, n - Vector256<int>.Count);
                    Signals256(outside, shift, trend, twoOfThree, i, lanes).StoreUnsafe(ref r, (nuint)i);
                }
            }
            else
            {
                for (var i = 0; i < n; i++)
                {
                    Unsafe.Add(ref r, i) = SignalAt(outside, shift, trend, twoOfThree, i);
                }
            }
        }
    }

    // WriteSignals and the point types in one loop. Type i is CommonCause unless bit i of `special` is set, and then
    // `high` or `low` by bit i of `up`; `special` is every point with a signal, the or of the four masks.
    private static void WriteSignalsAndTypes(
        ulong outside,
        ulong shift,
        ulong trend,
        ulong twoOfThree,
        ulong up,
        SpcPointType high,
        SpcPointType low,
        Span<SpcSignals> signals,
        Span<SpcPointType> types)
    {
        unchecked
        {
            var special = outside | shift | trend | twoOfThree;
            var s = MemoryMarshal.Cast<SpcSignals, int>(signals);
            var t = MemoryMarshal.Cast<SpcPointType, int>(types);
            ref var rs = ref MemoryMarshal.GetReference(s);
            ref var rt = ref MemoryMarshal.GetReference(t[..s.Length]);
            var n = s.Length;
            if (Vector512.IsHardwareAccelerated && Avx512F.IsSupported && n >= Vector512<int>.Count)
            {
                // The type of a point is entry (special + 2 × up) of this table.
                var table = Vector512.Create(0, (int)low, 0, (int)high, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
                for (var i = 0; i < n; i += Vector512<int>.Count)
                {
                    i = Math.Min(i, n - Vector512<int>.Count);
                    Signals512(outside, shift, trend, twoOfThree, i).StoreUnsafe(ref rs, (nuint)i);
                    var pair = Pairs512(special, up, i);
                    var index = (pair & Vector512<uint>.One) | ((pair >> 15) & Vector512.Create(2u));
                    Avx512F.PermuteVar16x32(table, index.AsInt32()).StoreUnsafe(ref rt, (nuint)i);
                }
            }
            else if (Vector256.IsHardwareAccelerated && n >= Vector256<int>.Count)
            {
                var lanes = Vector256.Create(1, 2, 4, 8, 16, 32, 64, 128);
                var highs = Vector256.Create((int)high);
                var lows = Vector256.Create((int)low);
                for (var i = 0; i < n; i += Vector256<int>.Count)
                {
                    i = Math.Min(i, n - Vector256<int>.Count);
                    Signals256(outside, shift, trend, twoOfThree, i, lanes).StoreUnsafe(ref rs, (nuint)i);
                    var type = Lanes(special, i, lanes) & Vector256.ConditionalSelect(Lanes(up, i, lanes), highs, lows);
                    type.StoreUnsafe(ref rt, (nuint)i);
                }
            }
            else
            {
                for (var i = 0; i < n; i++)
                {
                    Unsafe.Add(ref rs, i) = SignalAt(outside, shift, trend, twoOfThree, i);
                    Unsafe.Add(ref rt, i) = (int)PointType(special, up, i, high, low);
                }
            }
        }
    }

    // The signals of points i to i + 15: in lane k, the bits of OutsideLimits, Shift, Trend and TwoOfThree (1, 2, 4
    // and 8) from bit i + k of each mask.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<int> Signals512(ulong outside, ulong shift, ulong trend, ulong twoOfThree, int i)
    {
        var first = Pairs512(outside, shift, i);
        var second = Pairs512(trend, twoOfThree, i);
        var value = (first & Vector512.Create((uint)SpcSignals.OutsideLimits))
            | ((first >> 15) & Vector512.Create((uint)SpcSignals.Shift))
            | ((second << 2) & Vector512.Create((uint)SpcSignals.Trend))
            | ((second >> 13) & Vector512.Create((uint)SpcSignals.TwoOfThree));
        return value.AsInt32();
    }

    // Lane k (0 to 15) holds bit i + k of `low` as its bit 0 and bit i + k of `high` as its bit 16: both 16-bit slices
    // in one word, shifted right by k in lane k.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<uint> Pairs512(ulong low, ulong high, int i)
    {
        unchecked
        {
            var word = (uint)(ushort)(low >> i) | ((uint)(high >> i) << 16);
            return Avx512F.ShiftRightLogicalVariable(Vector512.Create(word), Vector512<uint>.Indices);
        }
    }

    // The signals of points i to i + 7.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<int> Signals256(ulong outside, ulong shift, ulong trend, ulong twoOfThree, int i, Vector256<int> lanes) =>
        (Lanes(outside, i, lanes) & Vector256.Create((int)SpcSignals.OutsideLimits))
        | (Lanes(shift, i, lanes) & Vector256.Create((int)SpcSignals.Shift))
        | (Lanes(trend, i, lanes) & Vector256.Create((int)SpcSignals.Trend))
        | (Lanes(twoOfThree, i, lanes) & Vector256.Create((int)SpcSignals.TwoOfThree));

    // The signals of point i.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SignalAt(ulong outside, ulong shift, ulong trend, ulong twoOfThree, int i)
    {
        unchecked
        {
            return (int)((outside >> i) & 1)
                | ((int)((shift >> i) & 1) << 1)
                | ((int)((trend >> i) & 1) << 2)
                | ((int)((twoOfThree >> i) & 1) << 3);
        }
    }

    // All ones in lane k when bit i + k of `mask` is set, for k = 0 to 7.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<int> Lanes(ulong mask, int i, Vector256<int> lanes) =>
        Vector256.Equals(Vector256.Create(unchecked((int)(mask >> i))) & lanes, lanes);

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

    // Every point of a run of `length` (5 to 8) or more set bits: Dilate(Windows(mask, length), length) in three fixed
    // steps each way (windows of 2, 4, then `length` bits), with no loop.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Runs(ulong mask, int length)
    {
        Debug.Assert(length is >= 5 and <= 8, "Three steps of 1, 2 and up to 4 cover 5 to 8 bits.");
        unchecked
        {
            var windows = mask & (mask >> 1);
            windows &= windows >> 2;
            windows &= windows >> (length - 4);
            var marked = windows | (windows << 1);
            marked |= marked << 2;
            return marked | (marked << (length - 4));
        }
    }

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
