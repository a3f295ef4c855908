using Nhp.Findings;
using Nhp.Rules;

namespace Nhp.Reviews.Rules;

/// <summary>A recommendation names a pillar the framework does not have.</summary>
internal sealed class PillarUnknownRule() : Rule<RecommendationsAgainstFramework>(new RuleDescriptor(RecommendationRules.PillarUnknown, RecommendationRules.Area, Severity.Warning, "Recommendation pillar not in the framework",
    "Checks that every pillar a recommendation names is a pillar of the strategy framework (compared ignoring case). A misspelt or retired pillar leaves the recommendation out of that pillar's progress."))
{
    public override IEnumerable<Finding> Check(RecommendationsAgainstFramework input)
    {
        var pillars = input.Framework.Pillars.Select(p => p.Name.Trim()).ToList();
        foreach (var r in input.Recommendations.Recommendations)
        {
            if (r.Pillar is { } pillar && pillar.Trim().Length > 0 && !pillars.Contains(pillar.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                yield return Found(r.Id, "pillar", $"Recommendation {r.Id} names the pillar \"{pillar.Trim()}\", which the {input.Framework.Name} does not have; its pillars are {string.Join(", ", pillars)}.");
            }
        }
    }
}
