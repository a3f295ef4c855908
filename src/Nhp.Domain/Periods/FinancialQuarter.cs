using System.Globalization;
using NodaTime;

namespace Nhp.Periods;

/// <summary>
/// A quarter of a UK financial year, written <c>Q3 2023/24</c>: Q1 is April–June, Q2 July–September, Q3
/// October–December, Q4 January–March (of the year's second calendar year). Immutable value type; equality and
/// ordering are chronological. Thread-safe.
/// </summary>
public readonly struct FinancialQuarter : IEquatable<FinancialQuarter>, IComparable<FinancialQuarter>
{
    private static readonly string[] AcceptedForms = ["Q3 2023/24", "Q3 2023-24", "Q3 23/24"];

    /// <summary>Creates quarter <paramref name="quarter"/> of <paramref name="year"/>.</summary>
    /// <param name="year">The financial year.</param>
    /// <param name="quarter">1 to 4.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quarter"/> is not 1 to 4.</exception>
    public FinancialQuarter(FinancialYear year, int quarter)
    {
        if (quarter is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(quarter), quarter, "A financial quarter is numbered 1 to 4.");
        }

        if (year == default)
        {
            throw new ArgumentOutOfRangeException(nameof(year), "The financial year is uninitialised.");
        }

        Year = year;
        Quarter = quarter;
    }

    /// <summary>The financial year.</summary>
    public FinancialYear Year { get; }

    /// <summary>The quarter number, 1 to 4.</summary>
    public int Quarter { get; }

    /// <summary>The first month of the quarter.</summary>
    public YearMonth FirstMonth => new YearMonth(Year.StartYear, 4).PlusMonths((Quarter - 1) * 3);

    /// <summary>The three months of the quarter, in order.</summary>
    public IReadOnlyList<YearMonth> Months
    {
        get
        {
            var first = FirstMonth;
            return [first, first.PlusMonths(1), first.PlusMonths(2)];
        }
    }

    /// <summary>The first day of the quarter.</summary>
    public LocalDate Start => FirstMonth.OnDayOfMonth(1);

    /// <summary>The last day of the quarter.</summary>
    public LocalDate End => FirstMonth.PlusMonths(2).ToDateInterval().End;

    /// <summary>The quarter before this one (Q4 of the previous year before Q1).</summary>
    public FinancialQuarter Previous => Quarter == 1 ? new(Year.Previous, 4) : new(Year, Quarter - 1);

    /// <summary>The quarter after this one.</summary>
    public FinancialQuarter Next => Quarter == 4 ? new(Year.Next, 1) : new(Year, Quarter + 1);

    /// <summary>The same quarter of the previous financial year (for year-on-year comparison).</summary>
    public FinancialQuarter SamePeriodLastYear => new(Year.Previous, Quarter);

    /// <summary>The quarter that contains <paramref name="month"/>.</summary>
    /// <param name="month">Any month.</param>
    /// <returns>The financial quarter holding it.</returns>
    public static FinancialQuarter Containing(YearMonth month)
    {
        var year = FinancialYear.Containing(month);
        var offset = ((month.Month - 4 + 12) % 12) / 3;
        return new FinancialQuarter(year, offset + 1);
    }

    /// <summary>The quarter that contains <paramref name="date"/>.</summary>
    /// <param name="date">Any date.</param>
    /// <returns>The financial quarter holding it.</returns>
    public static FinancialQuarter Containing(LocalDate date) => Containing(new YearMonth(date.Year, date.Month));

    /// <summary>Whether <paramref name="date"/> falls within this quarter.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when <see cref="Start"/> &lt;= date &lt;= <see cref="End"/>.</returns>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    /// <summary>
    /// Parses <c>Q3 2023/24</c> (canonical), and also <c>Q3 2023-24</c> and <c>Q3 23/24</c> as committee papers write
    /// them (a two-digit year is taken as 20xx). Case-insensitive <c>Q</c>; surrounding white space ignored.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The quarter.</returns>
    /// <exception cref="NhpInputException">The text is not a financial quarter; the message lists the accepted forms.</exception>
    public static FinancialQuarter Parse(string text) =>
        PeriodText.Parse<FinancialQuarter>(text, TryParse, "a financial quarter", AcceptedForms);

    /// <summary>Tries to parse a quarter in the forms <see cref="Parse"/> accepts.</summary>
    /// <param name="text">The text, may be null.</param>
    /// <param name="quarter">The quarter when parsing succeeded.</param>
    /// <returns>True when the text was a financial quarter.</returns>
    public static bool TryParse(string? text, out FinancialQuarter quarter)
    {
        quarter = default;
        if (text is null)
        {
            return false;
        }

        var span = text.AsSpan().Trim();
        if (span.Length < 4 || (span[0] != 'Q' && span[0] != 'q') || span[1] is < '1' or > '4' || span[2] != ' ')
        {
            return false;
        }

        var number = span[1] - '0';
        var rest = span[3..].Trim();
        FinancialYear year;
        if (rest.Length == 5 && rest[2] is '/' or '-'
            && int.TryParse(rest[..2], NumberStyles.None, CultureInfo.InvariantCulture, out var a)
            && int.TryParse(rest[3..], NumberStyles.None, CultureInfo.InvariantCulture, out var b)
            && b == (a + 1) % 100)
        {
            year = new FinancialYear(2000 + a);
        }
        else if (!FinancialYear.TryParse(rest.ToString(), out year))
        {
            return false;
        }

        quarter = new FinancialQuarter(year, number);
        return true;
    }

    /// <summary>The canonical form, e.g. <c>Q3 2023/24</c>; culture-invariant and accepted by <see cref="Parse"/>.</summary>
    /// <returns>The formatted quarter.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Q{Quarter} {Year}");

    /// <inheritdoc />
    public bool Equals(FinancialQuarter other) => Year == other.Year && Quarter == other.Quarter;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FinancialQuarter other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Year, Quarter);

    /// <inheritdoc />
    public int CompareTo(FinancialQuarter other)
    {
        var byYear = Year.CompareTo(other.Year);
        return byYear != 0 ? byYear : Quarter.CompareTo(other.Quarter);
    }

    /// <summary>Equality.</summary>
    public static bool operator ==(FinancialQuarter left, FinancialQuarter right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(FinancialQuarter left, FinancialQuarter right) => !left.Equals(right);

    /// <summary>Earlier than.</summary>
    public static bool operator <(FinancialQuarter left, FinancialQuarter right) => left.CompareTo(right) < 0;

    /// <summary>Later than.</summary>
    public static bool operator >(FinancialQuarter left, FinancialQuarter right) => left.CompareTo(right) > 0;

    /// <summary>Earlier than or equal.</summary>
    public static bool operator <=(FinancialQuarter left, FinancialQuarter right) => left.CompareTo(right) <= 0;

    /// <summary>Later than or equal.</summary>
    public static bool operator >=(FinancialQuarter left, FinancialQuarter right) => left.CompareTo(right) >= 0;
}
