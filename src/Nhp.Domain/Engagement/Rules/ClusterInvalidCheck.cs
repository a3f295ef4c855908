using System.Globalization;
using Nhp.Findings;

namespace Nhp.Engagement.Rules;

/// <summary>Two clusters share a name, or a cluster names a sector that is not configured.</summary>
internal sealed class ClusterInvalidCheck : EngagementCheck
{
    public override EngagementRule Rule { get; } = new(
        "engagement.places.cluster-invalid",
        Severity.Error,
        "Cluster names are unique and each cluster's sector is one of the configured sectors.");

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
