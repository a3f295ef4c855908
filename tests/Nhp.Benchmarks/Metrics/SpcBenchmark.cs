using BenchmarkDotNet.Attributes;
using Nhp.Metrics.Spc;

namespace Nhp.Benchmarks.Metrics;

/// <summary>
/// SPC for 10,000 series of 60 points each (five years of monthly figures for 10,000 measures), by each method:
/// series at a time (<see cref="SpcAnalysis.Analyse(IReadOnlyList{double}, SpcOptions)"/>, which builds a result
/// object per series), the batch API (<see cref="SpcAnalysis.AnalyseMany"/>, the caller's buffers, nothing allocated),
/// and beside them the baseline: one plain summing pass over the same 600,000 values. The minimum is shown beside the
/// mean: on a shared machine it is the steadier of the two.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
public class SpcBenchmark
{
    private const int SeriesCount = 10_000;
    private const int Points = 60;
    private double[][] series = [];
    private double[] values = [];
    private int[] lengths = [];
    private SpcSeriesSummary[] summaries = [];
    private SpcSignals[] signals = [];
    private SpcPointType[] types = [];

    [Params(SpcMethod.Sd2, SpcMethod.Nhs, SpcMethod.Anhoej)]
    public SpcMethod Method { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        series = SpcData.Series(SeriesCount, Points);
        values = series.SelectMany(s => s).ToArray();
        lengths = Enumerable.Repeat(Points, SeriesCount).ToArray();
        summaries = new SpcSeriesSummary[SeriesCount];
        signals = new SpcSignals[values.Length];
        types = new SpcPointType[values.Length];
    }

    /// <summary>The floor: add up the same values once, in order.</summary>
    [Benchmark(Baseline = true)]
    public double SummingPass()
    {
        var sum = 0.0;
        foreach (var v in values)
        {
            sum += v;
        }

        return sum;
    }

    [Benchmark]
    public int SeriesAtATime()
    {
        var options = new SpcOptions(Method, true, ImprovementDirection.Decrease, 200);
        var significant = 0;
        foreach (var s in series)
        {
            if (SpcAnalysis.Analyse(s, options).IsSignificant)
            {
                significant++;
            }
        }

        return significant;
    }

    [Benchmark]
    public int Batch()
    {
        var options = new SpcOptions(Method, true, ImprovementDirection.Decrease, 200);
        SpcAnalysis.AnalyseMany(values, lengths, options, summaries, signals, types);
        var significant = 0;
        foreach (var s in summaries)
        {
            if (s.IsSignificant)
            {
                significant++;
            }
        }

        return significant;
    }
}
