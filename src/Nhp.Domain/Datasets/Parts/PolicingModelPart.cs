using Nhp.Findings;
using Nhp.Importing;
using Nhp.Policing;

namespace Nhp.Datasets.Parts;

/// <summary>The policing model, stored as <see cref="PolicingModelJson"/> in <c>policing-model.json</c>.</summary>
internal sealed class PolicingModelPart : DatasetPart
{
    public override string Id => "policing-model";

    public override string FileName => "policing-model.json";

    public override string Description => "policing model";

    public override string FormatName => "policing model JSON (docs/policing-model.schema.json)";

    public override IReadOnlyList<string> ReportIds { get; } = ["policing-model"];

    public override bool IsIn(NhpDataset dataset) => dataset.PolicingModel is not null;

    public override string Write(NhpDataset dataset) => PolicingModelJson.Write(dataset.PolicingModel ?? throw Missing());

    public override ImportResult<NhpDataset> Read(NhpDataset dataset, TextReader reader, string source) =>
        PolicingModelJson.Read(reader, source).Select(value => dataset with { PolicingModel = value });

    public override IReadOnlyList<Finding> Check(NhpDataset dataset) => PolicingModelRules.Check(dataset.PolicingModel ?? throw Missing());

    private InvalidOperationException Missing() => new($"The dataset has no {Description}.");
}
