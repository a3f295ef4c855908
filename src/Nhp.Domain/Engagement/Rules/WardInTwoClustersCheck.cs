using System.Globalization;
using Nhp.Findings;

namespace Nhp.Engagement.Rules;

/// <summary>A ward is listed in more than one cluster (or twice in one).</summary>
internal sealed class WardInTwoClustersCheck : EngagementCheck
{
    public override EngagementRule Rule { get; } = new(
        "engagement.places.ward-in-two-clusters",
        Severity.Error,
        "Each ward belongs to at most one cluster.");

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
