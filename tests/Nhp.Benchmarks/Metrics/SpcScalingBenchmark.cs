using BenchmarkDotNet.Attributes;
using Nhp.Metrics.Spc;

namespace Nhp.Benchmarks.Metrics;

/// <summary>
/// One series of 1,000 to 1,000,000 points, by each method, through the batch API: time per point should be flat
/// (every method is linear). The summing pass over the same values is the baseline at each size.
/// </summary>
public class SpcScalingBenchmark
{
    private double[] values = [];
    private SpcSignals[] signals = [];
    private SpcPointType[] types = [];

    [Params(1_000, 10_000, 100_000, 1_000_000)]
    public int Points { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        values = SpcData.Series(1, Points)[0];
        signals = new SpcSignals[Points];
        types = new SpcPointType[Points];
    }

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
    public double Sd2() => SpcAnalysis.Analyse(values, new SpcOptions(SpcMethod.Sd2), signals, types).Centre;

    [Benchmark]
    public double Nhs() => SpcAnalysis.Analyse(values, new SpcOptions(SpcMethod.Nhs), signals, types).Centre;

    [Benchmark]
    public double Anhoej() => SpcAnalysis.Analyse(values, new SpcOptions(SpcMethod.Anhoej), signals, types).Centre;
}
