using System.Globalization;
using Nhp.Findings;
using Nhp.Governance.Workforce;
using Nhp.Rules;

namespace Nhp.Governance.Rules;

internal sealed class WorkforceSharesDoNotAddUpRule() : Rule<WorkforceDiversity>(new RuleDescriptor(GovernanceRules.WorkforceSharesDoNotAddUp, GovernanceRules.Area, Severity.Warning, "Shares do not add up to 100%",
    "Checks that the printed shares of each characteristic's categories add up to 100%, allowing for rounding (half of the last printed digit per category). A larger gap means a category is missing (often those who did not state it) or a figure is wrong. Checked in the workforce profile and in the population profile."))
{
    public override IEnumerable<Finding> Check(WorkforceDiversity input)
    {
        foreach (var (profile, characteristic) in Profiles(input))
        {
            if (characteristic.Categories.Count == 0 || characteristic.Categories.Any(c => c.Share is null))
            {
                continue;
            }

            var total = characteristic.Categories.Sum(c => c.Share!.Value);
            var decimals = characteristic.Categories.Max(c => Scale(c.Share!.Value));
            var tolerance = characteristic.Categories.Count * 0.5m * (decimal)Math.Pow(10, -decimals);
            if (Math.Abs(total - 100m) > tolerance)
            {
                yield return Found(characteristic.Name, "share",
                    $"The {characteristic.Name.ToLowerInvariant()} shares of {profile.Title} add up to {total.ToString(CultureInfo.InvariantCulture)}%, not 100% (rounding allows \u00b1{tolerance.ToString("0.##", CultureInfo.InvariantCulture)}): {string.Join(", ", characteristic.Categories.Select(c => c.Label + " " + c.Share!.Value.ToString(CultureInfo.InvariantCulture) + "%"))}.");
            }
        }
    }

    internal static IEnumerable<(DiversityProfile Profile, ProfileCharacteristic Characteristic)> Profiles(WorkforceDiversity input) =>
        input.Profile.Characteristics.Select(c => (input.Profile, c))
            .Concat(input.Population?.Characteristics.Select(c => (input.Population, c)) ?? []);

    private static int Scale(decimal value) => (decimal.GetBits(value)[3] >> 16) & 0xFF;
}
