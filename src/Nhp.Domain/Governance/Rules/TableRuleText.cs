using System.Globalization;
using Nhp.Governance.Tables;

namespace Nhp.Governance.Rules;

// What the table rules share: percentages as a paper prints them, and rounding as a paper might have done it.
internal static class TableRuleText
{
    public static decimal Share(int part, int whole) => whole == 0 ? 0m : part * 100m / whole;

    // A decimal holds at most 28 decimal places, so a paper printing more (or an input claiming to) is compared at 28.
    private const int MaxDecimals = 28;

    public static decimal Rounded(decimal value, int decimals) => Math.Round(value, Math.Clamp(decimals, 0, MaxDecimals), MidpointRounding.AwayFromZero);

    // Cut off, not rounded, at the decimals: without scaling the value up, which overflows for many decimals.
    public static decimal Truncated(decimal value, int decimals) => Math.Round(value, Math.Clamp(decimals, 0, MaxDecimals), MidpointRounding.ToZero);

    public static string Percent(decimal value, int decimals) =>
        value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "%";

    public static string Subject(CrossTab table) => table.Id;
}
