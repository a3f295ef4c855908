using Nhp.Delivery;
using Nhp.Findings;
using Nhp.Importing;

namespace Nhp.Datasets.Parts;

/// <summary>The delivery plan, stored as <see cref="PlanJson"/> in <c>plan.json</c>.</summary>
internal sealed class DeliveryPlanPart : DatasetPart
{
    public override string Id => "delivery-plan";

    public override string FileName => "plan.json";

    public override string Description => "delivery plan";

    public override string FormatName => PlanJson.Format + " (docs/delivery-plan.schema.json)";

    public override IReadOnlyList<string> ReportIds { get; } = ["delivery-plan", "rag-check", "what-changed"];

    public override bool IsIn(NhpDataset dataset) => dataset.DeliveryPlan is not null;

    public override string Write(NhpDataset dataset) => PlanJson.Write(dataset.DeliveryPlan ?? throw Missing());

    public override ImportResult<NhpDataset> Read(NhpDataset dataset, TextReader reader, string source) =>
        PlanJson.Read(reader, source).Select(plan => dataset with { DeliveryPlan = plan });

    public override IReadOnlyList<Finding> Check(NhpDataset dataset) => PlanRules.Check(dataset.DeliveryPlan ?? throw Missing(), d => d.Location);

    private InvalidOperationException Missing() => new($"The dataset has no {Description}.");
}
