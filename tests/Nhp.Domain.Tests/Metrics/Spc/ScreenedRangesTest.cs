using CsCheck;
using Nhp.Metrics.Spc;

namespace Nhp.Domain.Tests.Metrics.Spc;

/// <summary>
/// Screened moving ranges on series with outliers, where screening drops ranges. The short-series code takes the
/// screened mean only when a range is dropped (otherwise it equals the unscreened mean to the last bit), so both cases
/// are checked here against the previous implementation (<see cref="LegacySpcAnalysis"/>), to the last bit, one series
/// at a time and in batches of series of one length (which the batch analyses two at a time).
/// </summary>
public class ScreenedRangesTest
{
    private static readonly Gen<double[]> SpikedSeries = Gen.Int[2, 70].SelectMany(Spiked);

    private static readonly Gen<SpcOptions> ScreenedOptions = Gen.Select(
        Gen.Bool.Select(nhs => nhs ? SpcMethod.Nhs : SpcMethod.Anhoej),
        Gen.Enum<ImprovementDirection>(),
        Gen.Double[0, 500].Nullable(),
        (method, improvement, target) => new SpcOptions(method, true, improvement, target));

    [Fact]
    public void A_series_with_spikes_gives_what_the_previous_implementation_gave() =>
        Gen.Select(SpikedSeries, ScreenedOptions).Sample((values, options) =>
            BatchTest.Same(LegacySpcAnalysis.Analyse(values, options), SpcAnalysis.Analyse(values, options)));

    [Fact]
    public void Series_with_spikes_in_a_batch_give_what_the_previous_implementation_gave() =>
        Gen.Select(Gen.Int[2, 70], ScreenedOptions).SelectMany((n, options) => Spiked(n).Array[2, 6]
            .Select(series => (series, options))).Sample(t =>
        {
            var (series, options) = t;
            var values = series.SelectMany(s => s).ToArray();
            var lengths = series.Select(s => s.Length).ToArray();
            var summaries = new SpcSeriesSummary[series.Length];
            var signals = new SpcSignals[values.Length];
            var types = new SpcPointType[values.Length];
            SpcAnalysis.AnalyseMany(values, lengths, options, summaries, signals, types);
            var offset = 0;
            for (var s = 0; s < series.Length; s++)
            {
                var expected = LegacySpcAnalysis.Analyse(series[s], options);
                if (!BatchTest.SameAsSummary(expected, summaries[s], signals.AsSpan(offset, lengths[s]), types.AsSpan(offset, lengths[s])))
                {
                    return false;
                }

                offset += lengths[s];
            }

            return true;
        });

    [Fact]
    public void A_spike_is_screened_out_of_the_limits()
    {
        // 25 points: 10 and 12 alternating (moving ranges of 2), with a spike of 100 put in before the last, between a
        // 10 and a 12, so its ranges are 90 and 88. Unscreened, the mean of the 24 moving ranges is
        // (22 × 2 + 90 + 88) / 24 = 222 / 24; screened, the two ranges of 90 and 88 are at least 3.267 × 222 / 24 ≈
        // 30.2 and are dropped, leaving 22 ranges of 2 (from index 1 to 22): a mean of 2, and NHS limits of the mean ±
        // 2.66 × 2.
        var values = Enumerable.Range(0, 24).Select(i => i % 2 == 0 ? 10.0 : 12.0).ToList();
        values.Insert(23, 100);
        var screened = SpcAnalysis.Analyse(values, new SpcOptions(SpcMethod.Nhs, true));
        var unscreened = SpcAnalysis.Analyse(values, new SpcOptions(SpcMethod.Nhs, false));
        var mean = values.Sum() / values.Count;
        Assert.Equal(mean + (2.66 * 2), screened.UpperLimit!.Value, 12);
        Assert.Equal(mean + (2.66 * (222.0 / 24)), unscreened.UpperLimit!.Value, 12);
        Assert.True(BatchTest.Same(LegacySpcAnalysis.Analyse(values, new SpcOptions(SpcMethod.Nhs, true)), screened));
    }

    // n points of noise from 0 to 10 with 0 to 3 spikes of 50 to 1,000 at random places: with a dozen points or more a
    // spike's moving ranges are usually 3.267 times the mean moving range or more, and screening drops them.
    private static Gen<double[]> Spiked(int n) => Gen.Select(
        Gen.Double[0, 10].Array[n],
        Gen.Select(Gen.Int[0, n - 1], Gen.Double[50, 1000]).Array[0, 3],
        (noise, spikes) =>
        {
            foreach (var (at, height) in spikes)
            {
                noise[at] += height;
            }

            return noise;
        });
}
