using System.Globalization;
using System.Text.Json.Serialization;
using NodaTime;

namespace Nhp.Delivery;

/// <summary>
/// When a deliverable or recommendation is due, as a plan writes it in its DATE or timescale column: the original text,
/// kept verbatim, and what was understood from it.
/// </summary>
/// <remarks>
/// <para>Forms understood (letter case and runs of white space do not matter):</para>
/// <list type="table">
/// <listheader><term>form</term><description>kind and deadline</description></listheader>
/// <item><term><c>26/01/2024</c>, <c>1/2/2024</c></term><description><see cref="TargetKind.Date"/>, day first, four-digit year; the deadline is that day. An impossible date (<c>31/02/2024</c>) is unrecognised.</description></item>
/// <item><term><c>February 2024</c>, <c>Feb 2024</c></term><description><see cref="TargetKind.Month"/>; the deadline is the last day of the month (29/02/2024).</description></item>
/// <item><term><c>End 2024</c>, <c>End of 2024</c></term><description><see cref="TargetKind.YearEnd"/>; the deadline is 31/12/2024.</description></item>
/// <item><term><c>2025</c></term><description><see cref="TargetKind.Year"/>; the deadline is 31/12/2025.</description></item>
/// <item><term><c>Ongoing</c>, <c>Complete</c>, <c>Completed</c>, <c>Completed annually</c>, <c>TBC</c></term><description>the matching kind; no deadline.</description></item>
/// <item><term>any of the above followed by a review suffix</term><description>
/// <c>Complete Review 2025</c>, <c>Complete Review 31/03/2024</c>, <c>Ongoing Review 2025</c>,
/// <c>February 2024 OIB Review Implementation March 2024</c>: words that include <c>Review</c>, ending in a date,
/// month, year end or year. <see cref="Kind"/> and <see cref="Deadline"/> describe the main part;
/// <see cref="ReviewText"/> holds the suffix verbatim and <see cref="ReviewDate"/> its date, by the same rules.</description></item>
/// </list>
/// <para>
/// Anything else (<c>March 204</c>, <c>Spring</c>) is <see cref="TargetKind.Unrecognised"/>: kept as written, with no
/// deadline, never guessed at. An empty text is <see cref="TargetKind.None"/>.
/// </para>
/// <para>
/// Equality is by <see cref="Text"/> (ordinal), since everything else is derived from it; <see cref="ToString"/>
/// returns the text and <see cref="Parse"/> reads it back to an equal target. Immutable and thread-safe.
/// </para>
/// </remarks>
[JsonConverter(typeof(TargetJsonConverter))]
public sealed class Target : IEquatable<Target>
{
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    private Target(string text, TargetKind kind, LocalDate? deadline, string? reviewText, LocalDate? reviewDate)
    {
        Text = text;
        Kind = kind;
        Deadline = deadline;
        ReviewText = reviewText;
        ReviewDate = reviewDate;
    }

    /// <summary>No target: the empty text, <see cref="TargetKind.None"/>.</summary>
    public static Target None { get; } = new(string.Empty, TargetKind.None, null, null, null);

    /// <summary><c>Ongoing</c>.</summary>
    public static Target Ongoing { get; } = Parse("Ongoing");

    /// <summary><c>Complete</c>.</summary>
    public static Target Complete { get; } = Parse("Complete");

    /// <summary><c>Completed annually</c>.</summary>
    public static Target CompletedAnnually { get; } = Parse("Completed annually");

    /// <summary><c>TBC</c>.</summary>
    public static Target ToBeConfirmed { get; } = Parse("TBC");

    /// <summary>The text exactly as the document has it.</summary>
    public string Text { get; }

    /// <summary>What the main part of the text (before any review suffix) was understood to be.</summary>
    public TargetKind Kind { get; }

    /// <summary>
    /// The last day by which the main part is due: the date itself, the last day of a month, or 31 December for a year
    /// end or bare year. Null for <c>Ongoing</c>, <c>Complete</c>, <c>Completed annually</c>, <c>TBC</c>, an empty or an
    /// unrecognised text.
    /// </summary>
    public LocalDate? Deadline { get; }

    /// <summary>The review suffix as written (<c>Review 2025</c>, <c>OIB Review Implementation March 2024</c>), or null when there is none.</summary>
    public string? ReviewText { get; }

    /// <summary>The date the review suffix names, by the same rules as <see cref="Deadline"/>; null when there is no suffix.</summary>
    public LocalDate? ReviewDate { get; }

    /// <summary>Whether the text has a review suffix.</summary>
    public bool HasReview => ReviewText is not null;

    /// <summary>Whether the text was understood: not <see cref="TargetKind.Unrecognised"/> and not <see cref="TargetKind.None"/>.</summary>
    public bool IsRecognised => Kind is not (TargetKind.Unrecognised or TargetKind.None);

    /// <summary>The accepted forms, as examples, for messages about unrecognised targets.</summary>
    public static IReadOnlyList<string> AcceptedForms { get; } =
    [
        "26/01/2024", "February 2024", "End 2024", "Ongoing", "Complete", "Completed annually", "TBC",
        "Complete Review 2025", "Complete Review 31/03/2024",
    ];

    /// <summary>A target of one day, written day first: <c>26/01/2024</c>.</summary>
    /// <param name="date">The day; its year must be one of the <see cref="Periods.SupportedYears"/> (1000 to 2999).</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside <see cref="Periods.SupportedYears"/>.</exception>
    public static Target On(LocalDate date)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(date.Year, Periods.SupportedYears.Min, nameof(date));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(date.Year, Periods.SupportedYears.Max, nameof(date));
        return Parse(string.Create(CultureInfo.InvariantCulture, $"{date.Day:00}/{date.Month:00}/{date.Year:0000}"));
    }

    /// <summary>A target of a month: <c>February 2024</c>.</summary>
    /// <param name="month">The month; its year must be one of the <see cref="Periods.SupportedYears"/>.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside <see cref="Periods.SupportedYears"/>.</exception>
    public static Target InMonth(YearMonth month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month.Year, Periods.SupportedYears.Min, nameof(month));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month.Year, Periods.SupportedYears.Max, nameof(month));
        return Parse(string.Create(CultureInfo.InvariantCulture, $"{MonthNames[month.Month - 1]} {month.Year:0000}"));
    }

    /// <summary>A target of the end of a year: <c>End 2024</c>.</summary>
    /// <param name="year">The year, 1000 to 2999 (<see cref="Periods.SupportedYears"/>).</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside <see cref="Periods.SupportedYears"/>.</exception>
    public static Target ByEndOf(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, Periods.SupportedYears.Min);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, Periods.SupportedYears.Max);
        return Parse(string.Create(CultureInfo.InvariantCulture, $"End {year}"));
    }

    /// <summary>
    /// Reads a target. Never fails: text in no understood form gives a target of kind
    /// <see cref="TargetKind.Unrecognised"/> that keeps the text. See the type's remarks for the forms.
    /// </summary>
    /// <param name="text">The text as written; null is treated as empty.</param>
    /// <returns>The target, whose <see cref="Text"/> is <paramref name="text"/> unchanged.</returns>
    public static Target Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return None;
        }

        var tokens = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0)
        {
            return new Target(text, TargetKind.None, null, null, null);
        }

        // Try the longest main part first, so that "Completed annually" is not read as "Completed" plus a suffix.
        for (var length = Math.Min(3, tokens.Length); length >= 1; length--)
        {
            if (!TryMain(tokens.AsSpan(0, length), out var kind, out var deadline))
            {
                continue;
            }

            if (length == tokens.Length)
            {
                return new Target(text, kind, deadline, null, null);
            }

            var rest = tokens.AsSpan(length);
            if (TryReview(rest, out var reviewDate))
            {
                return new Target(text, kind, deadline, SuffixText(text, tokens, length), reviewDate);
            }
        }

        return new Target(text, TargetKind.Unrecognised, null, null, null);
    }

    // The suffix verbatim: from the first suffix token to the end, trailing white space trimmed.
    private static string SuffixText(string text, string[] tokens, int mainLength)
    {
        var position = 0;
        for (var i = 0; i < mainLength; i++)
        {
            position = text.IndexOf(tokens[i], position, StringComparison.Ordinal) + tokens[i].Length;
        }

        return text[position..].Trim();
    }

    // A review suffix: one or more words including "Review", then a when (date, month, year end, year) at the end.
    private static bool TryReview(ReadOnlySpan<string> rest, out LocalDate? date)
    {
        date = null;
        for (var whenLength = Math.Min(3, rest.Length - 1); whenLength >= 1; whenLength--)
        {
            var words = rest[..^whenLength];
            if (!Contains(words, "review") || !TryMain(rest[^whenLength..], out var kind, out var deadline))
            {
                continue;
            }

            if (kind is TargetKind.Date or TargetKind.Month or TargetKind.YearEnd or TargetKind.Year)
            {
                date = deadline;
                return true;
            }
        }

        return false;
    }

    private static bool Contains(ReadOnlySpan<string> words, string word)
    {
        foreach (var w in words)
        {
            if (w.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryMain(ReadOnlySpan<string> tokens, out TargetKind kind, out LocalDate? deadline)
    {
        kind = TargetKind.Unrecognised;
        deadline = null;
        switch (tokens.Length)
        {
            case 1:
                var word = tokens[0];
                if (TryDate(word, out var date))
                {
                    (kind, deadline) = (TargetKind.Date, date);
                    return true;
                }

                if (TryYear(word, out var year))
                {
                    (kind, deadline) = (TargetKind.Year, new LocalDate(year, 12, 31));
                    return true;
                }

                kind = word.ToUpperInvariant() switch
                {
                    "ONGOING" => TargetKind.Ongoing,
                    "COMPLETE" or "COMPLETED" => TargetKind.Complete,
                    "TBC" => TargetKind.ToBeConfirmed,
                    _ => TargetKind.Unrecognised,
                };
                return kind != TargetKind.Unrecognised;
            case 2:
                if (tokens[0].Equals("Completed", StringComparison.OrdinalIgnoreCase) && tokens[1].Equals("annually", StringComparison.OrdinalIgnoreCase))
                {
                    kind = TargetKind.CompletedAnnually;
                    return true;
                }

                if (tokens[0].Equals("End", StringComparison.OrdinalIgnoreCase) && TryYear(tokens[1], out var endYear))
                {
                    (kind, deadline) = (TargetKind.YearEnd, new LocalDate(endYear, 12, 31));
                    return true;
                }

                if (TryMonth(tokens[0], out var month) && TryYear(tokens[1], out var monthYear))
                {
                    (kind, deadline) = (TargetKind.Month, new YearMonth(monthYear, month).OnDayOfMonth(CalendarSystem.Iso.GetDaysInMonth(monthYear, month)));
                    return true;
                }

                return false;
            case 3:
                if (tokens[0].Equals("End", StringComparison.OrdinalIgnoreCase) && tokens[1].Equals("of", StringComparison.OrdinalIgnoreCase) && TryYear(tokens[2], out var endOfYear))
                {
                    (kind, deadline) = (TargetKind.YearEnd, new LocalDate(endOfYear, 12, 31));
                    return true;
                }

                return false;
            default:
                return false;
        }
    }

    // Exactly four ASCII digits, 1000 to 9999: "204" and "20245" are not years.
    private static bool TryYear(string text, out int year)
    {
        year = 0;
        if (text.Length != 4 || text[0] == '0')
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            year = (year * 10) + (c - '0');
        }

        return Periods.SupportedYears.Contains(year);
    }

    private static bool TryMonth(string text, out int month)
    {
        month = 0;
        for (var i = 0; i < 12; i++)
        {
            var name = MonthNames[i];
            if (text.Equals(name, StringComparison.OrdinalIgnoreCase)
                || (text.Length == 3 && name.StartsWith(text, StringComparison.OrdinalIgnoreCase))
                || (i == 8 && text.Equals("Sept", StringComparison.OrdinalIgnoreCase)))
            {
                month = i + 1;
                return true;
            }
        }

        return false;
    }

    // d/m/yyyy, day and month one or two digits, year four; the day must exist in that month.
    private static bool TryDate(string text, out LocalDate date)
    {
        date = default;
        var parts = text.Split('/');
        if (parts.Length != 3 || !TrySmall(parts[0], out var day) || !TrySmall(parts[1], out var month) || !TryYear(parts[2], out var year))
        {
            return false;
        }

        if (month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    private static bool TrySmall(string text, out int value)
    {
        value = 0;
        if (text.Length is 0 or > 2)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    /// <summary>The text exactly as written; <see cref="Parse"/> reads it back to an equal target.</summary>
    /// <returns><see cref="Text"/>.</returns>
    public override string ToString() => Text;

    /// <summary>Whether the two targets have the same text (ordinal comparison).</summary>
    /// <param name="other">The other target.</param>
    /// <returns>True when the texts are equal.</returns>
    public bool Equals(Target? other) => other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Target);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

    /// <summary>Whether two targets have the same text.</summary>
    /// <param name="left">A target.</param>
    /// <param name="right">Another target.</param>
    /// <returns>True when both are null or their texts are equal.</returns>
    public static bool operator ==(Target? left, Target? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two targets have different text.</summary>
    /// <param name="left">A target.</param>
    /// <param name="right">Another target.</param>
    /// <returns>The negation of <c>==</c>.</returns>
    public static bool operator !=(Target? left, Target? right) => !(left == right);
}
