using Nhp.Findings;
using System.Globalization;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;

namespace Nhp.Engagement;

/// <summary>
/// When an engagement event took place, in the form the papers give it: a day (<c>1 September 2024</c>), a range of
/// days (<c>23 – 29 September 2024</c>, <c>25 November – 10 December 2024</c>), a whole month (<c>October 2024</c>)
/// or part of a month (<c>Mid-September 2024</c>). The form is kept: a month is never widened to a range, so the
/// value reads back exactly as it was given.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Equality is by form and value: <c>October 2024</c> does not equal the range
/// <c>1 – 31 October 2024</c> although both cover the same days. <see cref="ToString"/> gives the canonical text,
/// which <see cref="Parse(string)"/> reads back to an equal value; JSON uses the same text.
/// Part of a month is a third of it: early is days 1–10, mid 11–20, late 21 to the end (used only for sorting and
/// grouping; the value itself stays "mid-September").
/// </remarks>
[JsonConverter(typeof(EngagementDateJsonConverter))]
public sealed partial class EngagementDate : IEquatable<EngagementDate>
{
    private static readonly LocalDatePattern DayPattern = LocalDatePattern.Create("d MMMM uuuu", CultureInfo.InvariantCulture);
    private static readonly LocalDatePattern DayMonthPattern = LocalDatePattern.Create("d MMMM", CultureInfo.InvariantCulture);
    private static readonly YearMonthPattern MonthPattern = YearMonthPattern.Create("MMMM uuuu", CultureInfo.InvariantCulture);

    /// <summary>Examples of every accepted form, for error messages.</summary>
    public static IReadOnlyList<string> AcceptedForms { get; } =
        ["1 September 2024", "23 – 29 September 2024", "25 November – 10 December 2024", "October 2024", "Mid-September 2024"];

    private EngagementDate(EngagementDateKind kind, LocalDate start, LocalDate end, MonthPart? part)
    {
        Kind = kind;
        Start = start;
        End = end;
        Part = part;
    }

    /// <summary>Which of the four forms this is.</summary>
    public EngagementDateKind Kind { get; }

    /// <summary>The first day covered: the day itself, the range's start, or the first day of the month or part.</summary>
    public LocalDate Start { get; }

    /// <summary>The last day covered (equal to <see cref="Start"/> for a single day).</summary>
    public LocalDate End { get; }

    /// <summary>The part of the month, for <see cref="EngagementDateKind.PartOfMonth"/>; otherwise null.</summary>
    public MonthPart? Part { get; }

    /// <summary>The month the date starts in, used to group events by month.</summary>
    public YearMonth Month => Start.ToYearMonth();

    /// <summary>A single day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The date.</returns>
    public static EngagementDate Day(LocalDate date) => new(EngagementDateKind.Day, Checked(date, nameof(date)), date, null);

    /// <summary>A range of two or more days, both ends included.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day; must be after <paramref name="start"/>.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is not after <paramref name="start"/>.</exception>
    public static EngagementDate Range(LocalDate start, LocalDate end)
    {
        Checked(start, nameof(start));
        Checked(end, nameof(end));
        if (end <= start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, "A range of days must end after it starts; use Day for one day.");
        }

        return new EngagementDate(EngagementDateKind.DayRange, start, end, null);
    }

    /// <summary>A whole month.</summary>
    /// <param name="month">The month.</param>
    /// <returns>The date.</returns>
    public static EngagementDate WholeMonth(YearMonth month)
    {
        CheckedYear(month.Year, nameof(month));
        return new EngagementDate(EngagementDateKind.Month, month.OnDayOfMonth(1), month.ToDateInterval().End, null);
    }

    /// <summary>Part of a month: early, mid or late.</summary>
    /// <param name="month">The month.</param>
    /// <param name="part">Which part.</param>
    /// <returns>The date.</returns>
    public static EngagementDate PartOfMonth(YearMonth month, MonthPart part)
    {
        CheckedYear(month.Year, nameof(month));
        var (first, last) = part switch
        {
            MonthPart.Early => (1, 10),
            MonthPart.Mid => (11, 20),
            MonthPart.Late => (21, month.ToDateInterval().End.Day),
            _ => throw new ArgumentOutOfRangeException(nameof(part), part, "Unknown part of a month."),
        };
        return new EngagementDate(EngagementDateKind.PartOfMonth, month.OnDayOfMonth(first), month.OnDayOfMonth(last), part);
    }

    /// <summary>Reads an engagement date in any of the <see cref="AcceptedForms"/> (case-insensitive; hyphen, en dash or em dash between range ends).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The date.</returns>
    /// <exception cref="NhpInputException">The text is not in an accepted form, or names a day that does not exist.</exception>
    public static EngagementDate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ParseCore(text, assumedYear: null, out var error) ?? throw new NhpInputException(error!, field: "date", acceptedForms: AcceptedForms);
    }

    /// <summary>
    /// Reads an engagement date as a printed table gives it, where a date may leave its year out (<c>31 October</c>):
    /// a date without a year is taken to be in <paramref name="assumedYear"/>.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="assumedYear">The year of a date written without one (for example the year of the row above).</param>
    /// <param name="location">Where the text was read, for the error message; may be null.</param>
    /// <returns>The date.</returns>
    /// <exception cref="NhpInputException">The text is not in an accepted form, or names a day that does not exist.</exception>
    public static EngagementDate Parse(string text, int assumedYear, SourceLocation? location = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ParseCore(text, assumedYear, out var error) ?? throw new NhpInputException(error!, location, "date", AcceptedForms);
    }

    /// <summary>Reads an engagement date, returning false instead of throwing when the text is not one.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The date when the text is one; otherwise null.</param>
    /// <returns>Whether the text was read.</returns>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out EngagementDate? value)
    {
        value = text is null ? null : ParseCore(text, assumedYear: null, out _);
        return value is not null;
    }

    /// <summary>
    /// Reads a date whose year may be missing (<c>31 October</c>, as one row of the November 2024 events table has),
    /// taking <paramref name="assumedYear"/> for it. Only the importer of printed tables uses this.
    /// </summary>
    internal static EngagementDate? ParseCore(string text, int? assumedYear, out string? error)
    {
        var normalised = Spaces().Replace(text.Trim(), " ");
        error = null;
        try
        {
            var match = DayRegex().Match(normalised);
            if (match.Success)
            {
                return Day(ReadDay(match.Groups["d"].Value, match.Groups["m"].Value, Year(match.Groups["y"].Value, assumedYear)));
            }

            match = MonthRegex().Match(normalised);
            if (match.Success && TryMonth(match.Groups["m"].Value, out var monthNumber))
            {
                return WholeMonth(new YearMonth(Year(match.Groups["y"].Value, assumedYear), monthNumber));
            }

            match = PartRegex().Match(normalised);
            if (match.Success && TryMonth(match.Groups["m"].Value, out monthNumber))
            {
                var part = match.Groups["p"].Value.ToUpperInvariant() switch
                {
                    "EARLY" => MonthPart.Early,
                    "MID" => MonthPart.Mid,
                    _ => MonthPart.Late,
                };
                return PartOfMonth(new YearMonth(Year(match.Groups["y"].Value, assumedYear), monthNumber), part);
            }

            match = RangeRegex().Match(normalised);
            if (match.Success)
            {
                var endYear = Year(match.Groups["y2"].Value, assumedYear);
                var end = ReadDay(match.Groups["d2"].Value, match.Groups["m2"].Value, endYear);
                var startMonth = match.Groups["m1"].Success ? match.Groups["m1"].Value : match.Groups["m2"].Value;
                var startYear = match.Groups["y1"].Success ? Year(match.Groups["y1"].Value, null) : endYear;
                var start = ReadDay(match.Groups["d1"].Value, startMonth, startYear);
                if (match.Groups["m1"].Success && !match.Groups["y1"].Success && start > end)
                {
                    // "30 December – 2 January 2025": the start is in the year before the one printed.
                    start = ReadDay(match.Groups["d1"].Value, startMonth, startYear - 1);
                }
                if (end <= start)
                {
                    error = $"'{text}' is a range of days that does not end after it starts.";
                    return null;
                }

                return Range(start, end);
            }
        }
        catch (FormatException e)
        {
            error = $"'{text}' is not an engagement date: {e.Message}";
            return null;
        }

        error = $"'{text}' is not an engagement date.";
        return null;
    }

    /// <summary>The canonical text: <c>1 September 2024</c>, <c>23 – 29 September 2024</c>, <c>October 2024</c>, <c>Mid-September 2024</c>.</summary>
    /// <returns>Text that <see cref="Parse(string)"/> reads back to an equal value; culture-invariant.</returns>
    public override string ToString()
    {
        switch (Kind)
        {
            case EngagementDateKind.Day:
                return DayPattern.Format(Start);
            case EngagementDateKind.Month:
                return MonthPattern.Format(Start.ToYearMonth());
            case EngagementDateKind.PartOfMonth:
                return Part switch
                {
                    MonthPart.Early => "Early-",
                    MonthPart.Mid => "Mid-",
                    _ => "Late-",
                } + MonthPattern.Format(Start.ToYearMonth());
            default:
                if (Start.Year != End.Year)
                {
                    return DayPattern.Format(Start) + " – " + DayPattern.Format(End);
                }

                var startText = Start.Month == End.Month
                    ? Start.Day.ToString(CultureInfo.InvariantCulture)
                    : DayMonthPattern.Format(Start);
                return startText + " – " + DayPattern.Format(End);
        }
    }

    /// <summary>Whether <paramref name="other"/> has the same form and the same days.</summary>
    /// <param name="other">The other date.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(EngagementDate? other) =>
        other is not null && Kind == other.Kind && Start == other.Start && End == other.End && Part == other.Part;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EngagementDate);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Start, End, Part);

    /// <summary>Whether two dates are equal (see <see cref="Equals(EngagementDate?)"/>).</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(EngagementDate? left, EngagementDate? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two dates differ.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(EngagementDate? left, EngagementDate? right) => !(left == right);

    private static LocalDate Checked(LocalDate date, string name)
    {
        CheckedYear(date.Year, name);
        return date;
    }

    private static void CheckedYear(int year, string name)
    {
        if (!Periods.SupportedYears.Contains(year))
        {
            throw new ArgumentOutOfRangeException(name, year, $"Engagement dates must fall in the {Periods.SupportedYears.Description}.");
        }
    }

    private static int Year(string digits, int? assumedYear)
    {
        if (digits.Length == 0)
        {
            return assumedYear ?? throw new FormatException("the year is missing.");
        }

        var year = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        return Periods.SupportedYears.Contains(year) ? year : throw new FormatException($"the year {digits} is out of range: dates must fall in the {Periods.SupportedYears.Description}.");
    }

    private static LocalDate ReadDay(string day, string monthName, int year)
    {
        if (!TryMonth(monthName, out var month))
        {
            throw new FormatException($"'{monthName}' is not a month.");
        }

        var d = int.Parse(day, NumberStyles.None, CultureInfo.InvariantCulture);
        var days = CalendarSystem.Iso.GetDaysInMonth(year, month);
        if (d < 1 || d > days)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"day {d} does not exist in {MonthPattern.Format(new YearMonth(year, month))}."));
        }

        return new LocalDate(year, month, d);
    }

    private static bool TryMonth(string name, out int month)
    {
        var upper = name.ToUpperInvariant();
        month = upper switch
        {
            "JANUARY" or "JAN" => 1,
            "FEBRUARY" or "FEB" => 2,
            "MARCH" or "MAR" => 3,
            "APRIL" or "APR" => 4,
            "MAY" => 5,
            "JUNE" or "JUN" => 6,
            "JULY" or "JUL" => 7,
            "AUGUST" or "AUG" => 8,
            "SEPTEMBER" or "SEP" or "SEPT" => 9,
            "OCTOBER" or "OCT" => 10,
            "NOVEMBER" or "NOV" => 11,
            "DECEMBER" or "DEC" => 12,
            _ => 0,
        };
        return month != 0;
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?<d>\d{1,2}) (?<m>[A-Za-z]+)(?: (?<y>\d{4}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex DayRegex();

    [GeneratedRegex(@"^(?<m>[A-Za-z]+) (?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthRegex();

    [GeneratedRegex(@"^(?<p>early|mid|late) ?[-–]? ?(?<m>[A-Za-z]+) (?<y>\d{4})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PartRegex();

    [GeneratedRegex(@"^(?<d1>\d{1,2})(?: (?<m1>[A-Za-z]+)(?: (?<y1>\d{4}))?)? ?[-–—] ?(?<d2>\d{1,2}) (?<m2>[A-Za-z]+)(?: (?<y2>\d{4}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex RangeRegex();
}
