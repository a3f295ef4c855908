using System.Globalization;

namespace Nhp.Metrics.Spc;

/// <summary>
/// Statistical process control of one series, by three methods. Pure and thread-safe.
/// </summary>
/// <remarks>
/// <para><b>sd2</b> (the seed: Appendix A of the "Q3 Policing Plan Performance 2023-24" report): centre = mean;
/// limits = mean ± 2 × the sample standard deviation (divisor n − 1). Signals: <c>outside-limits</c> a point strictly
/// above the upper or below the lower limit; <c>shift</c> every point of a run of 7 or more consecutive points
/// strictly on the same side of the mean (a point on the mean ends a run); <c>trend</c> every point of a run of 7 or
/// more successive month-on-month increases ("a month on month increase for 7 months" read as seven increases in a
/// row, i.e. eight points each higher than the one before; only increases, as the seed words it; an equal value ends
/// the run).</para>
/// <para><b>nhs</b> (NHS England "Making Data Count", as NHSRplotthedots implements it in
/// <c>R/ptd_spc_standard.R</c> and <c>R/ptd_calculate_point_type.R</c>): centre = mean; moving ranges |x[i] − x[i−1]|
/// with mean MR; when screening, moving ranges not below 3.267 × MR are dropped and MR recomputed; limits = mean ±
/// 2.66 × MR; the two-sigma lines = mean ± (2/3 × 2.66) × MR. Signals: <c>outside-limits</c> (strictly);
/// <c>trend</c> every point of 7 consecutive points each strictly higher (or lower) than the one before;
/// <c>two-of-three</c> the near-limit points (strictly beyond a two-sigma line, within the limits) of any three
/// consecutive points with at least two near-limit points and all three strictly on the same side of the mean;
/// <c>shift</c> every point of a run of 7 strictly on one side of the mean. Point type by precedence outside-limits,
/// trend, two-of-three, shift: the side of the mean (or for a trend, its direction: the rise or fall to the next point
/// when that point is also in the trend, otherwise from the previous point) oriented by the improvement direction.
/// Variation icon = the last point's type; assurance from the target: above the upper limit is a consistent fail when
/// higher is better (pass when lower is better), below the lower limit the reverse, otherwise inconsistent; none
/// without a target or with a neutral direction. Fewer than 13 points: short-baseline warning.</para>
/// <para><b>anhoej</b> (qicharts2's I chart, <c>R/helper.functions.R</c>: <c>qic.i</c> and <c>runs.analysis</c>):
/// centre = mean; moving ranges screened as above (on by default); σ = MR / 1.128; limits = mean ± 3σ.
/// <c>outside-limits</c> strictly beyond a limit. Runs analysis on the points not on the centre line: longest run
/// limit = round(log2(n)) + 3; crossings = runs − 1; minimum crossings = the 5% lower quantile of Binomial(n − 1,
/// 0.5), the least k with P(X ≤ k) ≥ 0.05, computed with exact integers; runs signal when the longest run exceeds its
/// limit or crossings fall below the minimum. Points of runs longer than the limit are marked <c>shift</c>.</para>
/// <para>Every method needs at least <see cref="MinimumPoints"/> values, no missing or non-finite value, and some
/// variation; otherwise the result says "not enough data" and carries no limits and no signals.</para>
/// <para>Cost: every method is linear in the number of points. The batch overloads (spans in, the caller's buffers
/// out) allocate nothing per series; they make two passes over the values for the sums (the sums, then the screened
/// moving ranges or the squares, which need the mean first), and give the same numbers, to the last bit, as
/// <see cref="Analyse(IReadOnlyList{double}, SpcOptions)"/>, which is built on them. The sums are taken in time order,
/// one value at a time, so that they round as they always have. A series of up to 64 points (five years of monthly
/// figures) holds each per-point condition as the bits of one 64-bit mask, filled by vector comparisons, and finds
/// runs, trends and two-of-three with a few shifts per series; <see cref="AnalyseMany"/> takes two such series of the
/// same length together, so that the sums of one run while those of the other wait. Longer series take a general
/// path with one branching pass over the signals.</para>
/// </remarks>
public static class SpcAnalysis
{
    /// <summary>The fewest values an analysis accepts: 2 (one moving range).</summary>
    public const int MinimumPoints = 2;

    /// <summary>Below this many points the NHS method warns that its limits are trial limits: 13.</summary>
    public const int ShortBaselinePoints = 13;

    private const double NhsLimit = 2.66;
    private const double ScreenFactor = 3.267;
    private const int NhsRun = 7;
    private const int Sd2Run = 7;

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
        var signals = new SpcSignals[y.Length];
        var types = options.Method == SpcMethod.Nhs ? new SpcPointType[y.Length] : null;
        var summary = Analyse(y, options, signals, types);
        if (!summary.HasEnoughData)
        {
            return new SpcResult(options, summary.Reason()!);
        }

        var points = new SpcPoint[y.Length];
        for (var i = 0; i < y.Length; i++)
        {
            points[i] = new SpcPoint(i, y[i], signals[i], types is null ? null : types[i]);
        }

        return new SpcResult(options, summary.Centre, summary.LowerLimit, summary.UpperLimit, points, summary.Runs?.ToAnalysis(), summary.Variation, summary.Assurance);
    }

    /// <summary>
    /// Analyses one series without allocating: the signals of each point go to <paramref name="signals"/> and, for the
    /// NHS method, the point types to <paramref name="pointTypes"/>. The same numbers, to the last bit, as
    /// <see cref="Analyse(IReadOnlyList{double}, SpcOptions)"/>.
    /// </summary>
    /// <param name="values">The series in time order.</param>
    /// <param name="options">The method and its settings.</param>
    /// <param name="signals">At least as long as <paramref name="values"/>; the first <c>values.Length</c> items are
    /// overwritten (with <see cref="SpcSignals.None"/> when there is not enough data).</param>
    /// <param name="pointTypes">Empty, or at least as long as <paramref name="values"/>: for the NHS method the first
    /// <c>values.Length</c> items are overwritten with the point types; otherwise left alone.</param>
    /// <returns>The limits and the method-specific parts, or the problem that prevented a judgement.</returns>
    /// <exception cref="ArgumentException">A buffer is too short.</exception>
    public static SpcSeriesSummary Analyse(ReadOnlySpan<double> values, SpcOptions options, Span<SpcSignals> signals, Span<SpcPointType> pointTypes = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (signals.Length < values.Length)
        {
            throw new ArgumentException("The signals buffer is shorter than the series.", nameof(signals));
        }

        if (!pointTypes.IsEmpty && pointTypes.Length < values.Length)
        {
            throw new ArgumentException("The point types buffer is shorter than the series.", nameof(pointTypes));
        }

        return Run(values, options, signals[..values.Length], pointTypes.IsEmpty ? default : pointTypes[..values.Length]);
    }

    /// <summary>
    /// Analyses many series laid end to end in <paramref name="values"/> (the first <c>lengths[0]</c> values are the
    /// first series, and so on), without allocating: one summary per series in <paramref name="summaries"/>, the signals
    /// of every point in <paramref name="signals"/> and, for the NHS method, the point types in
    /// <paramref name="pointTypes"/>, both at the same positions as the values. Each series gives the same numbers, to
    /// the last bit, as <see cref="Analyse(IReadOnlyList{double}, SpcOptions)"/> would.
    /// </summary>
    /// <param name="values">The series, end to end, each in time order.</param>
    /// <param name="lengths">The length of each series, 0 or more; together at most <c>values.Length</c>.</param>
    /// <param name="options">The method and settings for every series.</param>
    /// <param name="summaries">At least as long as <paramref name="lengths"/>.</param>
    /// <param name="signals">At least as long as the series together.</param>
    /// <param name="pointTypes">Empty, or at least as long as the series together.</param>
    /// <exception cref="ArgumentException">A length is negative, the lengths add up to more than the values, or a buffer is too short.</exception>
    public static void AnalyseMany(
        ReadOnlySpan<double> values,
        ReadOnlySpan<int> lengths,
        SpcOptions options,
        Span<SpcSeriesSummary> summaries,
        Span<SpcSignals> signals,
        Span<SpcPointType> pointTypes = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (summaries.Length < lengths.Length)
        {
            throw new ArgumentException("The summaries buffer is shorter than the number of series.", nameof(summaries));
        }

        long total = 0;
        foreach (var length in lengths)
        {
            if (length < 0)
            {
                throw new ArgumentException("A series length is negative.", nameof(lengths));
            }

            total += length;
        }

        if (total > values.Length)
        {
            throw new ArgumentException("The series lengths add up to more than the values given.", nameof(lengths));
        }

        if (signals.Length < total)
        {
            throw new ArgumentException("The signals buffer is shorter than the series together.", nameof(signals));
        }

        if (!pointTypes.IsEmpty && pointTypes.Length < total)
        {
            throw new ArgumentException("The point types buffer is shorter than the series together.", nameof(pointTypes));
        }

        // Two short series of the same length in a row are analysed together (their sums in the same loops).
        var offset = 0;
        var s = 0;
        while (s < lengths.Length)
        {
            var n = lengths[s];
            if (s + 1 < lengths.Length && lengths[s + 1] == n && n is >= MinimumPoints and <= ShortSeriesSpc.MaxPoints)
            {
                ShortSeriesSpc.AnalysePair(
                    values.Slice(offset, n),
                    values.Slice(offset + n, n),
                    options,
                    signals.Slice(offset, n),
                    signals.Slice(offset + n, n),
                    pointTypes.IsEmpty ? default : pointTypes.Slice(offset, n),
                    pointTypes.IsEmpty ? default : pointTypes.Slice(offset + n, n),
                    out summaries[s],
                    out summaries[s + 1]);
                offset += 2 * n;
                s += 2;
                continue;
            }

            summaries[s] = Run(values.Slice(offset, n), options, signals.Slice(offset, n), pointTypes.IsEmpty ? default : pointTypes.Slice(offset, n));
            offset += n;
            s++;
        }
    }

    /// <summary>
    /// The 5% lower quantile of Binomial(<paramref name="trials"/>, 0.5): the least k with P(X ≤ k) ≥ 0.05, exactly
    /// (as R's <c>qbinom(0.05, trials, 0.5)</c>, without its rounding). Time grows with the square root of
    /// <paramref name="trials"/> beyond a thousand trials.
    /// </summary>
    /// <param name="trials">The number of trials, 0 or more.</param>
    /// <returns>The quantile.</returns>
    public static int CrossingsMinimum(int trials)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(trials);
        return BinomialQuantile.FivePercentOfHalf(trials);
    }

    /// <summary>Anhøj's longest-run limit for <paramref name="usefulPoints"/> points: round(log2(n)) + 3.</summary>
    /// <param name="usefulPoints">Points not on the centre line, 1 or more.</param>
    /// <returns>The limit.</returns>
    public static int LongestRunLimit(int usefulPoints)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(usefulPoints, 1);
        return (int)Math.Round(Math.Log2(usefulPoints), MidpointRounding.ToEven) + 3;
    }

    private static SpcSeriesSummary Run(ReadOnlySpan<double> y, SpcOptions options, Span<SpcSignals> signals, Span<SpcPointType> types)
    {
        var n = y.Length;
        if (n < MinimumPoints)
        {
            return NotEnough(SpcDataProblem.TooFewValues, n, signals);
        }

        if (n <= ShortSeriesSpc.MaxPoints)
        {
            return ShortSeriesSpc.Analyse(y, options, signals, types);
        }

        // First pass: the first value that is not finite, whether all are equal, the sum and (except sd2) the sum of
        // the moving ranges, each summed in time order as the series-at-a-time code always has.
        var movingRanges = options.Method != SpcMethod.Sd2;
        var first = y[0];
        var constant = true;
        var sum = 0.0;
        var rangeSum = 0.0;
        if (!double.IsFinite(first))
        {
            return NotEnough(SpcDataProblem.NotFinite, 0, signals);
        }

        sum += first;
        for (var i = 1; i < n; i++)
        {
            var v = y[i];
            if (!double.IsFinite(v))
            {
                return NotEnough(SpcDataProblem.NotFinite, i, signals);
            }

            constant &= v == first;
            sum += v;
            if (movingRanges)
            {
                rangeSum += Math.Abs(v - y[i - 1]);
            }
        }

        if (constant)
        {
            return NotEnough(SpcDataProblem.NoVariation, 0, signals);
        }

        var mean = sum / n;
        return options.Method switch
        {
            SpcMethod.Sd2 => Sd2(y, mean, signals),
            SpcMethod.Nhs => Nhs(y, mean, MeanMovingRange(y, rangeSum, options.ScreenMovingRanges), options, signals, types),
            SpcMethod.Anhoej => Anhoej(y, mean, MeanMovingRange(y, rangeSum, options.ScreenMovingRanges), signals),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Method, "Unknown SPC method."),
        };
    }

    internal static SpcSeriesSummary NotEnough(SpcDataProblem problem, int index, Span<SpcSignals> signals)
    {
        signals.Clear();
        return new SpcSeriesSummary
        {
            Problem = problem,
            ProblemIndex = index,
            Count = signals.Length,
            Centre = double.NaN,
            LowerLimit = double.NaN,
            UpperLimit = double.NaN,
        };
    }

    private static double MeanMovingRange(ReadOnlySpan<double> y, double rangeSum, bool screen)
    {
        var amr = rangeSum / (y.Length - 1);
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

    private static SpcSeriesSummary Sd2(ReadOnlySpan<double> y, double mean, Span<SpcSignals> signals)
    {
        var n = y.Length;
        var squares = 0.0;
        foreach (var v in y)
        {
            squares += (v - mean) * (v - mean);
        }

        var sd = Math.Sqrt(squares / (n - 1));
        var lower = mean - (2 * sd);
        var upper = mean + (2 * sd);

        // One pass: outside the limits; runs of 7 or more strictly on one side of the mean (a point on the mean is a
        // run of its own and never marked); runs of 7 or more successive increases (8 points), marked when they end.
        var sideStart = 0;
        var side = Math.Sign(y[0] - mean);
        var riseStart = 0;
        signals[0] = y[0] > upper || y[0] < lower ? SpcSignals.OutsideLimits : SpcSignals.None;
        for (var i = 1; i <= n; i++)
        {
            var next = 0;
            var rising = false;
            if (i < n)
            {
                var v = y[i];
                signals[i] = v > upper || v < lower ? SpcSignals.OutsideLimits : SpcSignals.None;
                next = Math.Sign(v - mean);
                rising = v > y[i - 1];
            }

            if (!rising)
            {
                if (i - 1 - riseStart >= Sd2Run)
                {
                    Mark(signals, riseStart, i, SpcSignals.Trend);
                }

                riseStart = i;
            }

            if (i < n && side != 0 && next == side)
            {
                continue;
            }

            if (side != 0 && i - sideStart >= Sd2Run)
            {
                Mark(signals, sideStart, i, SpcSignals.Shift);
            }

            sideStart = i;
            side = next;
        }

        return new SpcSeriesSummary { Count = n, Centre = mean, LowerLimit = lower, UpperLimit = upper, LastSignals = signals[n - 1] };
    }

    private static void Mark(Span<SpcSignals> signals, int from, int to, SpcSignals signal)
    {
        foreach (ref var s in signals[from..to])
        {
            s |= signal;
        }
    }

    private static SpcSeriesSummary Nhs(ReadOnlySpan<double> y, double mean, double amr, SpcOptions options, Span<SpcSignals> signals, Span<SpcPointType> types)
    {
        var n = y.Length;
        var lower = mean - (NhsLimit * amr);
        var upper = mean + (NhsLimit * amr);
        var nearLower = mean - (2 * (NhsLimit / 3) * amr);
        var nearUpper = mean + (2 * (NhsLimit / 3) * amr);

        // One pass. Outside the limits. Trend: every point of a streak of 6 or more strictly rising (or falling) steps,
        // i.e. of any 7 consecutive points each higher (lower) than the one before. Shift: every point of a run of 7 or
        // more strictly on one side of the mean. Two of three: the near-limit points of any three consecutive points
        // with at least two near-limit points, all three strictly on one side.
        int riseStart = 0, fallStart = 0, sideStart = 0;
        var side = Math.Sign(y[0] - mean);
        bool near1 = false, near2 = false;
        int side1 = 0, side2 = 0;
        for (var i = 0; i <= n; i++)
        {
            var next = 0;
            if (i < n)
            {
                var v = y[i];
                var outside = v > upper || v < lower;
                var near = !outside && (v < nearLower || v > nearUpper);
                next = Math.Sign(v - mean);
                signals[i] = outside ? SpcSignals.OutsideLimits : SpcSignals.None;
                if (i >= 2 && (near ? 1 : 0) + (near1 ? 1 : 0) + (near2 ? 1 : 0) >= 2 && Math.Abs(next + side1 + side2) == 3)
                {
                    if (near2)
                    {
                        signals[i - 2] |= SpcSignals.TwoOfThree;
                    }

                    if (near1)
                    {
                        signals[i - 1] |= SpcSignals.TwoOfThree;
                    }

                    if (near)
                    {
                        signals[i] |= SpcSignals.TwoOfThree;
                    }
                }

                near2 = near1;
                near1 = near;
                side2 = side1;
                side1 = next;
            }

            if (i == 0)
            {
                continue;
            }

            if (i == n || !(y[i] > y[i - 1]))
            {
                if (i - 1 - riseStart >= NhsRun - 1)
                {
                    Mark(signals, riseStart, i, SpcSignals.Trend);
                }

                riseStart = i;
            }

            if (i == n || !(y[i] < y[i - 1]))
            {
                if (i - 1 - fallStart >= NhsRun - 1)
                {
                    Mark(signals, fallStart, i, SpcSignals.Trend);
                }

                fallStart = i;
            }

            if (i < n && side != 0 && next == side)
            {
                continue;
            }

            if (side != 0 && i - sideStart >= NhsRun)
            {
                Mark(signals, sideStart, i, SpcSignals.Shift);
            }

            sideStart = i;
            side = next;
        }

        if (!types.IsEmpty)
        {
            for (var i = 0; i < n; i++)
            {
                types[i] = NhsPointType(y, i, mean, signals, options.Improvement);
            }
        }

        var variation = types.IsEmpty ? NhsPointType(y, n - 1, mean, signals, options.Improvement) : types[n - 1];
        var assurance = Assurance(options, lower, upper);

        return new SpcSeriesSummary
        {
            Count = n,
            Centre = mean,
            LowerLimit = lower,
            UpperLimit = upper,
            LastSignals = signals[n - 1],
            Variation = variation,
            Assurance = assurance,
        };
    }

    // The type of point i, by precedence outside-limits, trend, two-of-three, shift; for a trend the direction is the
    // rise or fall to the next point when that point is also in the trend, otherwise from the previous point.
    private static SpcPointType NhsPointType(ReadOnlySpan<double> y, int i, double mean, ReadOnlySpan<SpcSignals> signals, ImprovementDirection improvement)
    {
        var s = signals[i];
        int direction;
        if ((s & SpcSignals.OutsideLimits) != 0)
        {
            direction = Math.Sign(y[i] - mean) == 1 ? 1 : -1;
        }
        else if ((s & SpcSignals.Trend) != 0)
        {
            var useNext = i + 1 < y.Length && (signals[i + 1] & SpcSignals.Trend) != 0;
            var d = useNext ? Math.Sign(y[i + 1] - y[i]) : i > 0 ? Math.Sign(y[i] - y[i - 1]) : 0;
            direction = d == 1 ? 1 : -1;
        }
        else if ((s & (SpcSignals.TwoOfThree | SpcSignals.Shift)) != 0)
        {
            direction = Math.Sign(y[i] - mean) > 0 ? 1 : -1;
        }
        else
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

    private static SpcSeriesSummary Anhoej(ReadOnlySpan<double> y, double mean, double amr, Span<SpcSignals> signals)
    {
        var n = y.Length;
        var sigma = amr / 1.128;
        var lower = mean - (3 * sigma);
        var upper = mean + (3 * sigma);

        // Outside the limits, and the runs of the useful points (those not on the centre line).
        var useful = 0;
        var runs = 0;
        var longest = 0;
        var current = 0;
        var previousSide = 0;
        for (var i = 0; i < n; i++)
        {
            var v = y[i];
            signals[i] = v > upper || v < lower ? SpcSignals.OutsideLimits : SpcSignals.None;
            var s = Math.Sign(v - mean);
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
        var analysis = new SpcRunsCounts(useful, longest, limit, crossings, minimum, longest > limit || crossings < minimum);

        // Mark the points of runs longer than the limit (points on the centre line are skipped, not breaking a run).
        if (longest > limit)
        {
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
        }

        return new SpcSeriesSummary { Count = n, Centre = mean, LowerLimit = lower, UpperLimit = upper, LastSignals = signals[n - 1], Runs = analysis };
    }

    // The assurance icon: a target above the upper limit or below the lower one is consistently met or missed by the
    // direction of improvement, one between them inconsistently; none without a target or with a neutral direction.
    internal static SpcAssurance? Assurance(SpcOptions options, double lower, double upper)
    {
        if (options.Target is not { } target || options.Improvement == ImprovementDirection.Neutral)
        {
            return null;
        }

        var increasing = options.Improvement == ImprovementDirection.Increase;
        return target > upper
            ? increasing ? SpcAssurance.ConsistentFail : SpcAssurance.ConsistentPass
            : target < lower
                ? increasing ? SpcAssurance.ConsistentPass : SpcAssurance.ConsistentFail
                : SpcAssurance.Inconsistent;
    }
}
