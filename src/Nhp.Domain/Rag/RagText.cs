using System.Globalization;
using NodaTime;

namespace Nhp.Rag;

// Dates and periods in the words of a committee paper, culture-invariant.
internal static class RagText
{
    public static string Date(LocalDate date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Date(LocalDate? date) => date is { } d ? Date(d) : "no date";

    public static string Period(Period period)
    {
        var parts = new List<string>();
        Add(parts, period.Years, "year");
        Add(parts, period.Months, "month");
        Add(parts, period.Weeks, "week");
        Add(parts, period.Days, "day");
        return parts.Count == 0 ? "0 days" : string.Join(" and ", parts);
    }

    private static void Add(List<string> parts, int value, string unit)
    {
        if (value != 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{value} {unit}{(value == 1 ? string.Empty : "s")}"));
        }
    }
}
