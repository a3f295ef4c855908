using System.Globalization;
using Nhp.Delivery;
using NodaTime;

namespace Nhp.Text;

/// <summary>
/// The words a committee paper uses for recurring things, in one place: dates, months, counts with their noun,
/// percentages and RAG words. Every finding message and every report uses these, so the same thing is always written
/// the same way. Culture-invariant British English.
/// </summary>
public static class Wording
{
    /// <summary>A date as a paper writes it: <c>1 April 2024</c>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string Date(LocalDate date) => date.ToString("d MMMM uuuu", CultureInfo.InvariantCulture);

    /// <summary>A date as a paper writes it, or <c>no date</c> when there is none.</summary>
    /// <param name="date">The date, or null.</param>
    /// <returns>The text.</returns>
    public static string Date(LocalDate? date) => date is { } d ? Date(d) : "no date";

    /// <summary>A short date for tables: <c>1 Apr 2024</c>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string ShortDate(LocalDate date) => date.ToString("d MMM uuuu", CultureInfo.InvariantCulture);

    /// <summary>A month: <c>January 2024</c>.</summary>
    /// <param name="month">The month.</param>
    /// <returns>The text.</returns>
    public static string Month(YearMonth month) => month.ToString("MMMM uuuu", CultureInfo.InvariantCulture);

    /// <summary>A date range: <c>1 April 2024 to 30 June 2024</c>.</summary>
    /// <param name="interval">The dates, both included.</param>
    /// <returns>The text.</returns>
    public static string Span(DateInterval interval)
    {
        ArgumentNullException.ThrowIfNull(interval);
        return Date(interval.Start) + " to " + Date(interval.End);
    }

    /// <summary>A whole number with thousands separators: <c>1,816</c>.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The text.</returns>
    public static string Number(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>A count with its noun, singular or plural: <c>1 meeting</c>, <c>12 meetings</c>.</summary>
    /// <param name="count">The count.</param>
    /// <param name="one">The noun for one.</param>
    /// <param name="many">The noun for any other count.</param>
    /// <returns>The text.</returns>
    public static string Count(long count, string one, string many) =>
        Number(count) + " " + (count == 1 ? one : many);

    /// <summary>A share as a percentage with <paramref name="decimals"/> decimals: 0.9039 → <c>90.4%</c>.</summary>
    /// <param name="share">The share, from 0 to 1.</param>
    /// <param name="decimals">Decimals to show, from 0 to 4.</param>
    /// <returns>The text.</returns>
    public static string Percent(double share, int decimals = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 4);
        return (share * 100).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "%";
    }

    /// <summary>A period of whole units: <c>3 months</c>, <c>1 year and 2 months</c>.</summary>
    /// <param name="period">The period (date units only).</param>
    /// <returns>The text.</returns>
    public static string Period(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var parts = new List<string>();
        foreach (var (value, one, many) in new[] { (period.Years, "year", "years"), (period.Months, "month", "months"), (period.Weeks, "week", "weeks"), (period.Days, "day", "days") })
        {
            if (value != 0)
            {
                parts.Add(Count(value, one, many));
            }
        }

        return parts.Count == 0 ? "0 days" : string.Join(" and ", parts);
    }

    /// <summary>The RAG word of a delivery plan status, as the plan key writes it: <c>GREEN</c>, <c>AMBER</c>, <c>RED</c>, <c>NOT RATED</c>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The word.</returns>
    public static string Rag(RagStatus status) => RagKey.Word(status);
}
