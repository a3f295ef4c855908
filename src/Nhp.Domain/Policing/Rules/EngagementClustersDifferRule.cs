using Nhp.Findings;
using Nhp.Rules;

namespace Nhp.Policing.Rules;

/// <summary>The engagement data's clusters or ward mapping differ from the model's.</summary>
internal sealed class EngagementClustersDifferRule() : Rule<EngagementAgainstModel>(new RuleDescriptor(PolicingModelRules.EngagementClustersDiffer, PolicingModelRules.Area, Severity.Error, "Engagement clusters differ from the model",
    "Checks that the engagement data uses the policing model's clusters: every cluster it has panels for is a cluster of the model, every cluster of the model has its panel, and where both map wards, each ward is in the same cluster. Panels organised on another map than the model's leave wards without a panel or with two."))
{
    public override IEnumerable<Finding> Check(EngagementAgainstModel input)
    {
        var model = input.Model.Places;
        var engagement = input.Engagement.Places;
        if (model.Clusters.Count == 0)
        {
            yield return Found(input.Model.Name, "clusters", "The policing model names no clusters, so the engagement clusters cannot be checked against it; add the model's clusters and their wards.");
            yield break;
        }

        foreach (var cluster in engagement.Clusters.Where(c => model.FindCluster(c.Name) is null))
        {
            yield return Found(cluster.Name, "cluster", $"The engagement data has a cluster {cluster.Name}, which the policing model does not; the model's clusters are {string.Join(", ", model.Clusters.Select(c => c.Name))}.");
        }

        foreach (var cluster in model.Clusters.Where(c => engagement.FindCluster(c.Name) is null))
        {
            yield return Found(cluster.Name, "cluster", $"The policing model's cluster {cluster.Name} is missing from the engagement data.");
        }

        foreach (var cluster in engagement.Clusters)
        {
            foreach (var ward in cluster.Wards)
            {
                if (input.Model.ClusterOf(ward) is { } mapped && !string.Equals(mapped.Name.Trim(), cluster.Name.Trim(), StringComparison.OrdinalIgnoreCase))
                {
                    yield return Found(ward.Trim(), "cluster", $"The engagement data puts the ward {ward.Trim()} in {cluster.Name}; the policing model puts it in {mapped.Name}.");
                }
            }
        }
    }
}
