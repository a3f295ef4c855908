using System.Globalization;
using Nhp.Governance.Tables;

namespace Nhp.Governance.Rules;

// What the table rules share: percentages as a paper prints them, and rounding as a paper might have done it.
internal static class TableRuleText
{
    public static decimal Share(int part, int whole) => whole == 0 ? 0m : part * 100m / whole;

    public static decimal Rounded(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    public static decimal Truncated(decimal value, int decimals)
    {
        var scale = (decimal)Math.Pow(10, decimals);
        return Math.Truncate(value * scale) / scale;
    }

    public static string Percent(decimal value, int decimals) =>
        value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "%";

    public static string Subject(CrossTab table) => table.Id;
}
