using System.Globalization;
using Nhp.Findings;
using Nhp.Rules;
using static Nhp.Engagement.Rules.EngagementRuleText;

namespace Nhp.Engagement.Rules;

/// <summary>A cluster's ward list names a ward that is not in the configured ward list.</summary>
internal sealed class WardUnknownRule() : Rule<EngagementData>(new RuleDescriptor(EngagementRules.WardUnknown, EngagementRules.Area, Severity.Error, "Ward not configured",
    "Checks that every ward a cluster lists is one of the configured wards. A misspelt or unknown ward would leave its residents out of the cluster's panel and its figures."))
{
    public override IEnumerable<Finding> Check(EngagementData data)
    {
        var wards = data.Places.Wards.Select(w => w.Name.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        for (var c = 0; c < data.Places.Clusters.Count; c++)
        {
            var cluster = data.Places.Clusters[c];
            for (var w = 0; w < cluster.Wards.Count; w++)
            {
                var ward = cluster.Wards[w];
                if (!wards.Contains(ward.Trim()))
                {
                    yield return Found(
                        cluster.Name,
                        string.Create(CultureInfo.InvariantCulture, $"places.clusters[{c}].wards[{w}]"),
                        $"The {cluster.Name} cluster lists the ward '{ward}', which is not one of the {Plural(wards.Count, "configured ward", "configured wards")}; check its spelling.");
                }
            }
        }
    }
}
