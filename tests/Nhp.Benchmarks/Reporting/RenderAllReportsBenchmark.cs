using Nhp.Datasets.CityOfLondon;
using BenchmarkDotNet.Attributes;
using Nhp.Datasets;
using Nhp.Reporting;

namespace Nhp.Benchmarks.Reporting;

/// <summary>How long it takes, and how much it allocates, to render every report of the default dataset.</summary>
[MemoryDiagnoser]
public class RenderAllReportsBenchmark
{
    private readonly NhpDataset dataset = CityOfLondonDataset.February2024;

    [Benchmark]
    public int RenderAll()
    {
        var length = 0;
        foreach (var report in ReportCatalog.Default.Reports)
        {
            foreach (var format in report.Formats)
            {
                length += report.RenderToString(dataset, format).Length;
            }
        }

        return length;
    }
}
