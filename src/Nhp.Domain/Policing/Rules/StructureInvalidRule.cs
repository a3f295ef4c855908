using Nhp.Findings;
using Nhp.Rules;

namespace Nhp.Policing.Rules;

/// <summary>The model's places or units do not fit together.</summary>
internal sealed class StructureInvalidRule() : Rule<PolicingModel>(new RuleDescriptor(PolicingModelRules.StructureInvalid, PolicingModelRules.Area, Severity.Error, "Structure not well formed",
    "Checks that the model fits together: every ward a cluster lists is one of the model's wards, no ward is in two clusters, every cluster and unit names a sector the model has, unit names are unique, and a unit is part of a unit that exists. The ward-to-cluster mapping is what the engagement checks rely on."))
{
    public override IEnumerable<Finding> Check(PolicingModel model)
    {
        var places = model.Places;
        var wards = new HashSet<string>(places.Wards.Select(w => w.Name.Trim()), StringComparer.OrdinalIgnoreCase);
        var sectors = new HashSet<string>(places.Sectors.Select(s => s.Trim()), StringComparer.OrdinalIgnoreCase);
        var clusterOf = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var cluster in places.Clusters)
        {
            if (cluster.Sector is { } sector && !sectors.Contains(sector.Trim()))
            {
                yield return Found(cluster.Name, "sector", $"The cluster {cluster.Name} is in sector \"{sector}\", which the model does not have; its sectors are {List(places.Sectors)}.");
            }

            foreach (var ward in cluster.Wards)
            {
                if (wards.Count > 0 && !wards.Contains(ward.Trim()))
                {
                    yield return Found(cluster.Name, "wards", $"The cluster {cluster.Name} lists \"{ward}\", which is not one of the model's wards.");
                }

                if (clusterOf.TryGetValue(ward.Trim(), out var other))
                {
                    yield return Found(ward.Trim(), "wards", $"The ward {ward.Trim()} is in two clusters, {other} and {cluster.Name}; each ward belongs to one.");
                }
                else
                {
                    clusterOf[ward.Trim()] = cluster.Name;
                }
            }
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var unit in model.Units)
        {
            if (!names.Add(unit.Name.Trim()))
            {
                yield return Found(unit.Name, "name", $"Two units are called {unit.Name}; unit names must be unique.");
            }

            if (unit.Sector is { } sector && !sectors.Contains(sector.Trim()))
            {
                yield return Found(unit.Name, "sector", $"The unit {unit.Name} is in sector \"{sector}\", which the model does not have; its sectors are {List(places.Sectors)}.");
            }
        }

        foreach (var unit in model.Units.Where(u => u.PartOf is not null && !names.Contains(u.PartOf.Trim())))
        {
            yield return Found(unit.Name, "partOf", $"The unit {unit.Name} is part of \"{unit.PartOf}\", which is not a unit of the model.");
        }
    }

    private static string List(IReadOnlyList<string> items) => items.Count == 0 ? "none" : string.Join(", ", items);
}
