using Nhp.Datasets.CityOfLondon;
using BenchmarkDotNet.Attributes;
using Nhp.Datasets;
using Nhp.Delivery;

namespace Nhp.Benchmarks.Delivery;

/// <summary>Reading and writing the January 2024 plan (55 deliverables) as CSV and JSON, and checking it.</summary>
[MemoryDiagnoser]
public class PlanFormatsBenchmark
{
    private readonly DeliveryPlan plan = CityOfLondonDataset.February2024.DeliveryPlan!;
    private string csv = string.Empty;
    private string json = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        csv = PlanCsv.Write(plan);
        json = PlanJson.Write(plan);
    }

    [Benchmark]
    public int ReadCsv() => PlanCsv.Read(new StringReader(csv)).Value!.Objectives.Count;

    [Benchmark]
    public int WriteJson() => PlanJson.Write(plan).Length;

    [Benchmark]
    public int ReadJson() => PlanJson.Read(new StringReader(json)).Value!.Objectives.Count;

    [Benchmark]
    public int Validate() => PlanRules.Check(plan).Count;
}
