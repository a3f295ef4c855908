using BenchmarkDotNet.Attributes;
using Nhp.Metrics.Spc;

namespace Nhp.Benchmarks.Metrics;

/// <summary>
/// SPC for 10,000 series of 60 points each (five years of monthly figures for 10,000 measures), by each method.
/// The bar: well under a second per 10,000 series.
/// </summary>
[MemoryDiagnoser]
public class SpcBenchmark
{
    private const int SeriesCount = 10_000;
    private const int Points = 60;
    private double[][] series = [];

    [Params(SpcMethod.Sd2, SpcMethod.Nhs, SpcMethod.Anhoej)]
    public SpcMethod Method { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // Deterministic data: a seeded generator, a level per series, noise, and an occasional shift.
        var random = new Random(20240222);
        series = new double[SeriesCount][];
        for (var s = 0; s < SeriesCount; s++)
        {
            var level = 50 + (random.NextDouble() * 400);
            var values = new double[Points];
            for (var i = 0; i < Points; i++)
            {
                var shift = i > 40 && s % 7 == 0 ? level * 0.2 : 0;
                values[i] = Math.Round(level + shift + ((random.NextDouble() - 0.5) * level * 0.3));
            }

            series[s] = values;
        }
    }

    [Benchmark]
    public int AnalyseTenThousandSeriesOfSixtyPoints()
    {
        var options = new SpcOptions(Method, true, ImprovementDirection.Decrease, 200);
        var signals = 0;
        foreach (var values in series)
        {
            if (SpcAnalysis.Analyse(values, options).IsSignificant)
            {
                signals++;
            }
        }

        return signals;
    }
}
