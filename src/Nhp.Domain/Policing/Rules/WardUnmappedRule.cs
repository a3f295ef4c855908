using Nhp.Findings;
using Nhp.Rules;

namespace Nhp.Policing.Rules;

/// <summary>A ward of the model is in no cluster.</summary>
internal sealed class WardUnmappedRule() : Rule<PolicingModel>(new RuleDescriptor(PolicingModelRules.WardUnmapped, PolicingModelRules.Area, Severity.Warning, "Ward in no cluster",
    "Checks that every ward of the model is in a cluster, once the model has clusters with wards. A ward in no cluster has no cluster panel and no dedicated ward officer to answer for it."))
{
    public override IEnumerable<Finding> Check(PolicingModel model)
    {
        if (!model.Places.Clusters.Any(c => c.Wards.Count > 0))
        {
            yield break;
        }

        foreach (var ward in model.Places.Wards.Where(w => model.ClusterOf(w.Name) is null))
        {
            yield return Found(ward.Name, "cluster", $"The ward {ward.Name} is in no cluster.");
        }
    }
}
