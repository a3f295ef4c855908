using System.Globalization;
using Nhp.Findings;
using Nhp.Rules;
using static Nhp.Engagement.Rules.EngagementRuleText;

namespace Nhp.Engagement.Rules;

/// <summary>A ward is listed in more than one cluster (or twice in one).</summary>
internal sealed class WardInTwoClustersRule() : Rule<EngagementData>(new RuleDescriptor(EngagementRules.WardInTwoClusters, EngagementRules.Area, Severity.Error, "Ward in two clusters",
    "Checks that each ward belongs to at most one cluster. A ward in two clusters would be counted twice and its residents would not know which panel is theirs."))
{
    public override IEnumerable<Finding> Check(EngagementData data)
    {
        var owner = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var c = 0; c < data.Places.Clusters.Count; c++)
        {
            var cluster = data.Places.Clusters[c];
            for (var w = 0; w < cluster.Wards.Count; w++)
            {
                var ward = cluster.Wards[w].Trim();
                if (owner.TryGetValue(ward, out var first))
                {
                    yield return Found(
                        ward,
                        string.Create(CultureInfo.InvariantCulture, $"places.clusters[{c}].wards[{w}]"),
                        SameName(first, cluster.Name)
                            ? $"The ward {ward} is listed twice in the {cluster.Name} cluster."
                            : $"The ward {ward} is listed in both the {first} and the {cluster.Name} clusters; a ward belongs to at most one cluster.");
                }
                else
                {
                    owner[ward] = cluster.Name;
                }
            }
        }
    }
}
