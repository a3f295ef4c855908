using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace Nhp.Committees;

/// <summary>
/// Reads the dates of a front sheet's "Dated:" cell as papers write them: "22 February 2024", "22 nd June 2021",
/// "26th November 2024", several in one cell ("22 February 2024 6 March 2024"), or "Thursday, 22 February 2024".
/// </summary>
public static partial class PaperDates
{
    /// <summary>The accepted forms, for messages.</summary>
    public static IReadOnlyList<string> AcceptedForms { get; } = ["22 February 2024", "22nd February 2024", "22 nd February 2024"];

    /// <summary>Every date in the text, in order; none when there is none.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The dates.</returns>
    public static IReadOnlyList<LocalDate> All(string? text) => [.. Matches(text).Select(m => m.Date)];

    /// <summary>Every date in the text with the words it was read from ("22 nd June 2021"), in order.</summary>
    internal static IReadOnlyList<(LocalDate Date, string Text)> Matches(string? text)
    {
        var dates = new List<(LocalDate, string)>();
        foreach (Match match in DatePattern().Matches(text ?? string.Empty))
        {
            var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
            var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            var month = Array.FindIndex(CultureInfo.InvariantCulture.DateTimeFormat.MonthNames, m => m.Length > 0 && string.Equals(m, match.Groups["month"].Value, StringComparison.OrdinalIgnoreCase)) + 1;
            if (month > 0 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month) && Periods.SupportedYears.Contains(year))
            {
                dates.Add((new LocalDate(year, month, day), match.Value));
            }
        }

        return dates;
    }

    [GeneratedRegex(@"(?<day>\d{1,2})\s*(?:st|nd|rd|th)?\s+(?<month>[A-Za-z]+)\s+(?<year>\d{4})", RegexOptions.None, 1000)]
    private static partial Regex DatePattern();
}
