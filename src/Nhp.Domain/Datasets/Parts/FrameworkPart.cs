using Nhp.Findings;
using Nhp.Importing;
using Nhp.Frameworks;

namespace Nhp.Datasets.Parts;

/// <summary>The strategy framework and self-assessments, stored as <see cref="FrameworkJson"/> in <c>framework-assessment.json</c>.</summary>
internal sealed class FrameworkPart : DatasetPart
{
    public override string Id => "framework-assessment";

    public override string FileName => "framework-assessment.json";

    public override string Description => "strategy framework and self-assessments";

    public override string FormatName => "strategy framework and self-assessments JSON (docs/framework-assessment.schema.json)";

    public override IReadOnlyList<string> ReportIds { get; } = ["framework-assessment"];

    public override bool IsIn(NhpDataset dataset) => dataset.Framework is not null;

    public override string Write(NhpDataset dataset) => FrameworkJson.Write(dataset.Framework ?? throw Missing());

    public override ImportResult<NhpDataset> Read(NhpDataset dataset, TextReader reader, string source) =>
        FrameworkJson.Read(reader, source).Select(value => dataset with { Framework = value });

    public override IReadOnlyList<Finding> Check(NhpDataset dataset) => FrameworkRules.Check(dataset.Framework ?? throw Missing());

    private InvalidOperationException Missing() => new($"The dataset has no {Description}.");
}
