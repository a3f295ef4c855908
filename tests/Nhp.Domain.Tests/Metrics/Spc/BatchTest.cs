using CsCheck;
using Nhp.Metrics.Spc;

namespace Nhp.Domain.Tests.Metrics.Spc;

/// <summary>
/// The batch API (spans in, the caller's buffers out) against the series-at-a-time API, and both against the
/// implementation as it was before the batch API (<see cref="LegacySpcAnalysis"/>), to the last bit.
/// </summary>
public class BatchTest
{
    public static TheoryData<SpcMethod> Methods => [SpcMethod.Sd2, SpcMethod.Nhs, SpcMethod.Anhoej];

    // Ties and points on the mean (small integers), drifting walks (trends, shifts), wide doubles, and short series.
    private static readonly Gen<double[]> Series = Gen.OneOf(
        Gen.Int[0, 6].Select(v => (double)v).Array[0, 60],
        Gen.Int[-2, 3].Array[1, 90].Select(Walk),
        Gen.Double[-1e6, 1e6].Array[0, 60],
        Gen.Double.Array[0, 8]);

    // Batches of series that all have one length, 0 to 70 (so that short series of equal length meet, which the batch
    // analyses two at a time, and longer ones too), of the same kinds.
    private static readonly Gen<double[][]> SameLengthSeries = Gen.Int[0, 70].SelectMany(n => Gen.OneOf(
        Gen.Int[0, 6].Select(v => (double)v).Array[n],
        Gen.Int[-2, 3].Array[n].Select(Walk),
        Gen.Double[-1e6, 1e6].Array[n],
        Gen.Double.Array[n]).Array[0, 12]);

    private static readonly Gen<SpcOptions> Options = Gen.Select(
        Gen.Enum<SpcMethod>(),
        Gen.Bool,
        Gen.Enum<ImprovementDirection>(),
        Gen.Double[-10, 100].Nullable(),
        (method, screen, improvement, target) => new SpcOptions(method, screen, improvement, target));

    [Fact]
    public void The_single_series_result_is_the_one_the_previous_implementation_gave_to_the_last_bit() =>
        Gen.Select(Series, Options).Sample((values, options) =>
            Same(LegacySpcAnalysis.Analyse(values, options), SpcAnalysis.Analyse(values, options)));

    [Fact]
    public void Many_series_in_one_batch_give_what_each_gives_alone() =>
        Gen.Select(Series.Array[0, 12], Options).Sample((series, options) => BatchGivesWhatEachGivesAlone(series, options, SpcAnalysis.Analyse));

    [Fact]
    public void Series_of_one_length_in_one_batch_give_what_the_previous_implementation_gave_for_each() =>
        Gen.Select(SameLengthSeries, Options).Sample((series, options) => BatchGivesWhatEachGivesAlone(series, options, LegacySpcAnalysis.Analyse));

    private static bool BatchGivesWhatEachGivesAlone(double[][] series, SpcOptions options, Func<double[], SpcOptions, SpcResult> alone)
    {
        var values = series.SelectMany(s => s).ToArray();
        var lengths = series.Select(s => s.Length).ToArray();
        var summaries = new SpcSeriesSummary[lengths.Length];
        var signals = new SpcSignals[values.Length];
        var types = new SpcPointType[values.Length];
        SpcAnalysis.AnalyseMany(values, lengths, options, summaries, signals, types);

        var offset = 0;
        for (var s = 0; s < series.Length; s++)
        {
            var single = alone(series[s], options);
            if (!SameAsSummary(single, summaries[s], signals.AsSpan(offset, lengths[s]), types.AsSpan(offset, lengths[s])))
            {
                return false;
            }

            offset += lengths[s];
        }

        return true;
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Without_a_point_type_buffer_the_summary_is_the_same(SpcMethod method) =>
        Series.Sample(values =>
        {
            var options = new SpcOptions(method, true, ImprovementDirection.Decrease, 3);
            var withTypes = SpcAnalysis.Analyse(values, options, new SpcSignals[values.Length], new SpcPointType[values.Length]);
            var without = SpcAnalysis.Analyse(values, options, new SpcSignals[values.Length]);
            return Bits(withTypes.Centre) == Bits(without.Centre) && withTypes.Variation == without.Variation
                && withTypes.LastSignals == without.LastSignals && withTypes.Problem == without.Problem;
        });

    [Fact]
    public void Stale_signals_in_a_reused_buffer_are_overwritten()
    {
        var signals = Enumerable.Repeat(SpcSignals.Shift | SpcSignals.Trend, 8).ToArray();
        var rising = SpcAnalysis.Analyse([1.0, 2, 1, 2, 1, 2, 1, 2], new SpcOptions(SpcMethod.Sd2), signals);
        Assert.True(rising.HasEnoughData);
        Assert.All(signals, s => Assert.Equal(SpcSignals.None, s));

        signals = Enumerable.Repeat(SpcSignals.Shift, 3).ToArray();
        var constant = SpcAnalysis.Analyse([4.0, 4, 4], new SpcOptions(SpcMethod.Nhs), signals);
        Assert.Equal(SpcDataProblem.NoVariation, constant.Problem);
        Assert.All(signals, s => Assert.Equal(SpcSignals.None, s));
    }

    [Fact]
    public void A_buffer_shorter_than_the_series_is_refused()
    {
        Assert.Throws<ArgumentException>(() => SpcAnalysis.Analyse([1.0, 2, 3], new SpcOptions(SpcMethod.Sd2), new SpcSignals[2]));
        Assert.Throws<ArgumentException>(() => SpcAnalysis.AnalyseMany([1.0, 2, 3], [2, 2], new SpcOptions(SpcMethod.Sd2), new SpcSeriesSummary[2], new SpcSignals[4]));
        Assert.Throws<ArgumentException>(() => SpcAnalysis.AnalyseMany([1.0, 2, 3], [3], new SpcOptions(SpcMethod.Sd2), [], new SpcSignals[3]));
    }

    [Fact]
    public void The_problem_of_a_series_is_the_reason_the_single_series_result_gives()
    {
        double[][] cases = [[], [1.0], [1.0, double.NaN, 2], [2.0, 2, 2]];
        foreach (var values in cases)
        {
            var summary = SpcAnalysis.Analyse(values, new SpcOptions(SpcMethod.Anhoej), new SpcSignals[values.Length]);
            Assert.Equal(LegacySpcAnalysis.Analyse(values, new SpcOptions(SpcMethod.Anhoej)).NotEnoughDataReason, summary.Reason());
        }
    }

    private static double[] Walk(int[] steps)
    {
        var walk = new double[steps.Length];
        for (var i = 1; i < steps.Length; i++)
        {
            walk[i] = walk[i - 1] + steps[i];
        }

        return walk;
    }

    /// <summary>A value's bits, or a marker for no value: two results agree to the last bit when these are equal.</summary>
    internal static long Bits(double? value) => value is { } v ? BitConverter.DoubleToInt64Bits(v) : 0x7ff8dead;

    /// <summary>Whether two results agree to the last bit: limits, points, runs and verdicts.</summary>
    internal static bool Same(SpcResult expected, SpcResult actual) =>
        expected.NotEnoughDataReason == actual.NotEnoughDataReason
        && Bits(expected.Centre) == Bits(actual.Centre)
        && Bits(expected.LowerLimit) == Bits(actual.LowerLimit)
        && Bits(expected.UpperLimit) == Bits(actual.UpperLimit)
        && expected.Points.SequenceEqual(actual.Points)
        && Equals(expected.Runs, actual.Runs)
        && expected.Variation == actual.Variation
        && expected.Assurance == actual.Assurance;

    /// <summary>Whether a batch summary and its points agree to the last bit with the series-at-a-time result.</summary>
    internal static bool SameAsSummary(SpcResult single, SpcSeriesSummary summary, ReadOnlySpan<SpcSignals> signals, ReadOnlySpan<SpcPointType> types)
    {
        if (single.NotEnoughDataReason != summary.Reason())
        {
            return false;
        }

        if (!single.HasEnoughData)
        {
            return true;
        }

        for (var i = 0; i < signals.Length; i++)
        {
            var point = single.Points[i];
            if (point.Signals != signals[i] || (point.PointType is { } type && type != types[i]))
            {
                return false;
            }
        }

        return Bits(single.Centre) == Bits(summary.Centre) && Bits(single.LowerLimit) == Bits(summary.LowerLimit)
            && Bits(single.UpperLimit) == Bits(summary.UpperLimit) && Equals(single.Runs, summary.Runs?.ToAnalysis())
            && single.Variation == summary.Variation && single.Assurance == summary.Assurance
            && single.IsSignificant == summary.IsSignificant;
    }
}
