using Nhp.Findings;
using Nhp.Governance.Workforce;
using Nhp.Rules;

namespace Nhp.Governance.Rules;

internal sealed class WorkforceNotComparableRule() : Rule<WorkforceDiversity>(new RuleDescriptor(GovernanceRules.WorkforceNotComparable, GovernanceRules.Area, Severity.Info, "Not comparable with the population",
    "Notes, when a population profile is given, a characteristic or stated category of the workforce that the population profile lacks (names compared ignoring case), so its row of the comparison has no population share. Use the same labels in both profiles, or add the category to the population."))
{
    public override IEnumerable<Finding> Check(WorkforceDiversity input)
    {
        if (input.Population is not { } population)
        {
            yield break;
        }

        foreach (var characteristic in input.Profile.Characteristics)
        {
            if (population.Find(characteristic.Name) is not { } other)
            {
                yield return Found(characteristic.Name, null, $"The population profile ({population.Title}) has no {characteristic.Name}, so the workforce's {characteristic.Name.ToLowerInvariant()} is not compared.");
                continue;
            }

            foreach (var category in characteristic.Categories.Where(c => !c.IsNotStated && other.Find(c.Label) is null))
            {
                yield return Found(characteristic.Name, category.Label, $"The population profile's {other.Name} has no category {category.Label}, so that row is not compared (its categories: {string.Join(", ", other.Categories.Select(c => c.Label))}).");
            }
        }
    }
}
