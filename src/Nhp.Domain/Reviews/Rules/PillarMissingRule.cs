using Nhp.Findings;
using Nhp.Rules;

namespace Nhp.Reviews.Rules;

/// <summary>A recommendation names no pillar.</summary>
internal sealed class PillarMissingRule() : Rule<ReviewRecommendations>(new RuleDescriptor(RecommendationRules.PillarMissing, RecommendationRules.Area, Severity.Info, "Recommendation without a pillar",
    "Notes a recommendation that names no pillar of the strategy. Progress is reported pillar by pillar, so a recommendation without one is counted in no pillar's progress."))
{
    public override IEnumerable<Finding> Check(ReviewRecommendations input) =>
        from r in input.Recommendations
        where string.IsNullOrWhiteSpace(r.Pillar)
        select Found(r.Id, "pillar", $"Recommendation {r.Id} of the {input.Review} names no pillar.");
}
