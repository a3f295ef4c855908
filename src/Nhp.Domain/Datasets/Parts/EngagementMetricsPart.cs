using Nhp.Engagement;
using Nhp.Findings;
using Nhp.Importing;

namespace Nhp.Datasets.Parts;

/// <summary>
/// The engagement strategy's metrics and outcomes (<see cref="EngagementData.Metrics"/>), stored in
/// <c>engagement-metrics.json</c>; read after, and into, the engagement part.
/// </summary>
internal sealed class EngagementMetricsPart : DatasetPart
{
    public override string Id => "engagement-metrics";

    public override string FileName => "engagement-metrics.json";

    public override string Description => "engagement strategy metrics";

    public override string FormatName => EngagementMetricsJson.Format + " (docs/engagement-metrics.schema.json)";

    public override IReadOnlyList<string> ReportIds { get; } = ["engagement"];

    public override bool IsIn(NhpDataset dataset) =>
        dataset.Engagement?.Metrics is { } m && (m.StrategicPlan.Count > 0 || m.Outcomes.Count > 0 || m.MonitoredNotMeasured.Count > 0);

    public override string Write(NhpDataset dataset) =>
        EngagementMetricsJson.Write(IsIn(dataset) ? dataset.Engagement!.Metrics : throw new InvalidOperationException($"The dataset has no {Description}."));

    public override ImportResult<NhpDataset> Read(NhpDataset dataset, TextReader reader, string source)
    {
        var metrics = EngagementMetricsJson.Read(reader, source);
        return dataset.Engagement is { } engagement
            ? new ImportResult<NhpDataset>(dataset with { Engagement = engagement with { Metrics = metrics } }, [], source)
            : throw new NhpInputException("The engagement metrics belong to the engagement part, which the dataset lacks or could not read.", new SourceLocation(source, null), "engagement");
    }

    public override IReadOnlyList<Finding> Check(NhpDataset dataset) => [];
}
