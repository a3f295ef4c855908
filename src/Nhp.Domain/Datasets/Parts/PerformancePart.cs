using Nhp.Findings;
using Nhp.Importing;
using Nhp.Metrics;

namespace Nhp.Datasets.Parts;

/// <summary>The performance measures, stored as <see cref="PerformanceJson"/> in <c>performance.json</c>.</summary>
internal sealed class PerformancePart : DatasetPart
{
    public override string Id => "performance";

    public override string FileName => "performance.json";

    public override string Description => "performance measures";

    public override string FormatName => PerformanceJson.Format + " (docs/performance-measures.schema.json)";

    public override IReadOnlyList<string> ReportIds { get; } = ["performance"];

    public override bool IsIn(NhpDataset dataset) => dataset.Performance is not null;

    public override string Write(NhpDataset dataset) => PerformanceJson.Write(dataset.Performance ?? throw Missing());

    public override ImportResult<NhpDataset> Read(NhpDataset dataset, TextReader reader, string source) =>
        PerformanceJson.Read(reader, source).Select(set => dataset with { Performance = set });

    public override IReadOnlyList<Finding> Check(NhpDataset dataset)
    {
        var set = dataset.Performance ?? throw Missing();
        return [.. set.Measures.SelectMany(series => PerformanceRules.Check(new MeasureCheck(series, set.Quarter))).OrderByDescending(f => f.Severity)];
    }

    private InvalidOperationException Missing() => new($"The dataset has no {Description}.");
}
