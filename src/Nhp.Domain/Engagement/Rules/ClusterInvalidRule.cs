using System.Globalization;
using Nhp.Findings;
using Nhp.Rules;
using static Nhp.Engagement.Rules.EngagementRuleText;

namespace Nhp.Engagement.Rules;

/// <summary>Two clusters share a name, or a cluster names a sector that is not configured.</summary>
internal sealed class ClusterInvalidRule() : Rule<EngagementData>(new RuleDescriptor(EngagementRules.ClusterInvalid, EngagementRules.Area, Severity.Error, "Cluster name or sector invalid",
    "Checks that cluster names are present and unique and that each cluster's sector is one of the configured sectors. Meetings and figures are reported by cluster, so each must be named once and placed correctly."))
{
    public override IEnumerable<Finding> Check(EngagementData data)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var c = 0; c < data.Places.Clusters.Count; c++)
        {
            var cluster = data.Places.Clusters[c];
            var field = string.Create(CultureInfo.InvariantCulture, $"places.clusters[{c}]");
            if (string.IsNullOrWhiteSpace(cluster.Name))
            {
                yield return Found("(no name)", field + ".name", "A cluster has no name.");
                continue;
            }

            if (!seen.Add(cluster.Name.Trim()))
            {
                yield return Found(cluster.Name, field + ".name", $"Two clusters are named {cluster.Name}; cluster names must be unique.");
            }

            if (cluster.Sector is not null && !data.Places.Sectors.Any(s => SameName(s, cluster.Sector)))
            {
                yield return Found(
                    cluster.Name,
                    field + ".sector",
                    $"The {cluster.Name} cluster is in the sector '{cluster.Sector}', which is not one of the configured sectors ({(data.Places.Sectors.Count == 0 ? "none" : string.Join(", ", data.Places.Sectors))}).");
            }
        }
    }
}
