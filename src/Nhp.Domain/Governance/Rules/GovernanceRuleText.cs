using System.Globalization;
using Nhp.Governance.Inspections;

namespace Nhp.Governance.Rules;

// What the governance rules share: numbers in words and the start of a period as the paper words it.
internal static class GovernanceRuleText
{
    public static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Start(InspectionActionsUpdate update) => update.StartText ?? Text.Wording.Date(update.Start);

    public static string Plural(int count, string one, string many) => Num(count) + " " + (count == 1 ? one : many);

    // Printed words quoted in a finding: whole up to 80 characters, else cut at a word with an ellipsis.
    public static string Short(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length <= 80)
        {
            return trimmed;
        }

        var cut = trimmed.LastIndexOf(' ', 79);
        return trimmed[..(cut > 40 ? cut : 79)].TrimEnd(',', ';', ':') + "\u2026";
    }
}
