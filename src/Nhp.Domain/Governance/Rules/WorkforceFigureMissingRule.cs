using Nhp.Findings;
using Nhp.Governance.Workforce;
using Nhp.Rules;

namespace Nhp.Governance.Rules;

internal sealed class WorkforceFigureMissingRule() : Rule<WorkforceDiversity>(new RuleDescriptor(GovernanceRules.WorkforceFigureMissing, GovernanceRules.Area, Severity.Error, "Category without a figure",
    "Checks that every category of a characteristic has a figure to share from: a share, or a count when the characteristic gives counts, and that no figure is negative or a share above 100. Without one, the characteristic's shares cannot be shown or compared."))
{
    public override IEnumerable<Finding> Check(WorkforceDiversity input)
    {
        foreach (var (profile, characteristic) in WorkforceSharesDoNotAddUpRule.Profiles(input))
        {
            if (characteristic.Categories.Count == 0)
            {
                yield return Found(characteristic.Name, "categories", $"The characteristic {characteristic.Name} of {profile.Title} has no categories.");
                continue;
            }

            foreach (var category in characteristic.Categories.Where(c => c.Share is < 0 or > 100 || c.Count is < 0))
            {
                yield return Found(characteristic.Name, category.Label, $"The category {category.Label} of {characteristic.Name} ({profile.Title}) has a figure out of range: a share must be 0 to 100 and a count 0 or more.");
            }

            if (!characteristic.HasFigures)
            {
                var missing = characteristic.Categories.Where(c => c.Share is null).Select(c => c.Label).ToArray();
                yield return Found(characteristic.Name, missing.FirstOrDefault(),
                    $"The characteristic {characteristic.Name} of {profile.Title} has no share for {string.Join(", ", missing)}, and not every category has a count to share from, so its shares cannot be shown.");
            }
        }
    }
}
