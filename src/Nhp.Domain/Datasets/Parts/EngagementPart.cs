using Nhp.Engagement;
using Nhp.Findings;
using Nhp.Importing;

namespace Nhp.Datasets.Parts;

/// <summary>Cluster panels and community engagement, stored as <see cref="EngagementJson"/> in <c>engagement.json</c>.</summary>
internal sealed class EngagementPart : DatasetPart
{
    public override string Id => "engagement";

    public override string FileName => "engagement.json";

    public override string Description => "cluster panels and engagement";

    public override string FormatName => EngagementJson.Format + " (docs/engagement.schema.json)";

    public override IReadOnlyList<string> ReportIds { get; } = ["engagement"];

    public override bool IsIn(NhpDataset dataset) => dataset.Engagement is not null;

    public override string Write(NhpDataset dataset) => EngagementJson.Write(dataset.Engagement ?? throw Missing());

    public override ImportResult<NhpDataset> Read(NhpDataset dataset, TextReader reader, string source) =>
        EngagementJson.Read(reader, source).Select(data => dataset with { Engagement = data });

    public override IReadOnlyList<Finding> Check(NhpDataset dataset) => EngagementRules.Check(dataset.Engagement ?? throw Missing());

    private InvalidOperationException Missing() => new($"The dataset has no {Description}.");
}
