using Nhp.Findings;
using Nhp.Importing;
using Nhp.Reviews;

namespace Nhp.Datasets.Parts;

/// <summary>A review's recommendations, stored as <see cref="ReviewRecommendationsJson"/> in <c>review-recommendations.json</c>.</summary>
internal sealed class RecommendationsPart : DatasetPart
{
    public override string Id => "review-recommendations";

    public override string FileName => "review-recommendations.json";

    public override string Description => "register of review recommendations";

    public override string FormatName => "review recommendations JSON (docs/review-recommendations.schema.json)";

    public override IReadOnlyList<string> ReportIds { get; } = ["review-recommendations"];

    public override bool IsIn(NhpDataset dataset) => dataset.Recommendations is not null;

    public override string Write(NhpDataset dataset) => ReviewRecommendationsJson.Write(dataset.Recommendations ?? throw Missing());

    public override ImportResult<NhpDataset> Read(NhpDataset dataset, TextReader reader, string source) =>
        ReviewRecommendationsJson.Read(reader, source).Select(value => dataset with { Recommendations = value });

    public override IReadOnlyList<Finding> Check(NhpDataset dataset)
    {
        var register = dataset.Recommendations ?? throw Missing();
        return dataset.Framework is { } framework ? [.. RecommendationRules.Check(register), .. RecommendationRules.Check(register, framework.Framework)] : RecommendationRules.Check(register);
    }

    private InvalidOperationException Missing() => new($"The dataset has no {Description}.");
}
