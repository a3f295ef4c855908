using System.Globalization;
using Nhp.Findings;
using Nhp.Governance.Workforce;
using Nhp.Rules;

namespace Nhp.Governance.Rules;

internal sealed class WorkforceNotStatedHighRule() : Rule<WorkforceDiversity>(new RuleDescriptor(GovernanceRules.WorkforceNotStatedHigh, GovernanceRules.Area, Severity.Warning, "Many did not state a characteristic",
    "Checks that the share of the workforce who did not state a characteristic (not stated, prefer not to say) is at most the threshold (10% unless set). Above it, the shares of those who did state it say little about the whole workforce, and a comparison with the population cannot be relied on."))
{
    public override IEnumerable<Finding> Check(WorkforceDiversity input)
    {
        foreach (var characteristic in input.Profile.Characteristics)
        {
            if (characteristic.NotStatedShare is { } share && share > input.NotStatedThreshold)
            {
                yield return Found(characteristic.Name, "not stated",
                    $"{Percent(share)} of {input.Profile.Title} did not state their {characteristic.Name.ToLowerInvariant()}, above the threshold of {Percent(input.NotStatedThreshold)}: the shares of those who did describe only {Percent(100m - share)} of them.");
            }
        }
    }

    internal static string Percent(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
