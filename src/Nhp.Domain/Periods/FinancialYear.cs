using System.Globalization;
using NodaTime;

namespace Nhp.Periods;

/// <summary>
/// A UK financial year: 1 April to 31 March, written <c>2023/24</c> (1 April 2023 to 31 March 2024). Immutable value
/// type; equality and ordering are by the starting calendar year. Thread-safe.
/// </summary>
public readonly struct FinancialYear : IEquatable<FinancialYear>, IComparable<FinancialYear>
{
    /// <summary>The earliest starting year accepted.</summary>
    public const int MinStartYear = 1900;

    /// <summary>The latest starting year accepted.</summary>
    public const int MaxStartYear = 9998;

    private static readonly string[] AcceptedForms = ["2023/24", "2023-24", "2023/2024"];

    /// <summary>Creates the financial year that starts on 1 April of <paramref name="startYear"/>.</summary>
    /// <param name="startYear">The calendar year in which the financial year starts, 1900 to 9998.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="startYear"/> is out of range.</exception>
    public FinancialYear(int startYear)
    {
        if (startYear is < MinStartYear or > MaxStartYear)
        {
            throw new ArgumentOutOfRangeException(nameof(startYear), startYear, $"A financial year must start between {MinStartYear} and {MaxStartYear}.");
        }

        StartYear = startYear;
    }

    /// <summary>The calendar year in which the financial year starts (2023 for 2023/24).</summary>
    public int StartYear { get; }

    /// <summary>The calendar year in which the financial year ends (2024 for 2023/24).</summary>
    public int EndYear => StartYear + 1;

    /// <summary>The first day: 1 April of <see cref="StartYear"/>.</summary>
    public LocalDate Start => new(StartYear, 4, 1);

    /// <summary>The last day: 31 March of <see cref="EndYear"/>.</summary>
    public LocalDate End => new(EndYear, 3, 31);

    /// <summary>The year before this one.</summary>
    public FinancialYear Previous => new(StartYear - 1);

    /// <summary>The year after this one.</summary>
    public FinancialYear Next => new(StartYear + 1);

    /// <summary>The twelve months April to March, in order.</summary>
    public IReadOnlyList<YearMonth> Months
    {
        get
        {
            var first = new YearMonth(StartYear, 4);
            return Enumerable.Range(0, 12).Select(i => first.PlusMonths(i)).ToArray();
        }
    }

    /// <summary>The four quarters Q1 (April–June) to Q4 (January–March).</summary>
    public IReadOnlyList<FinancialQuarter> Quarters
    {
        get
        {
            var year = this;
            return Enumerable.Range(1, 4).Select(q => new FinancialQuarter(year, q)).ToArray();
        }
    }

    /// <summary>The financial year that contains <paramref name="date"/>.</summary>
    /// <param name="date">Any date.</param>
    /// <returns>The year whose 1 April to 31 March span holds the date.</returns>
    public static FinancialYear Containing(LocalDate date) => new(date.Month >= 4 ? date.Year : date.Year - 1);

    /// <summary>The financial year that contains <paramref name="month"/>.</summary>
    /// <param name="month">Any month.</param>
    /// <returns>The year holding the month.</returns>
    public static FinancialYear Containing(YearMonth month) => new(month.Month >= 4 ? month.Year : month.Year - 1);

    /// <summary>Whether <paramref name="date"/> falls within this year.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when <see cref="Start"/> &lt;= date &lt;= <see cref="End"/>.</returns>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    /// <summary>
    /// Parses <c>2023/24</c> (the canonical form), <c>2023-24</c> or <c>2023/2024</c>; the second year must follow the
    /// first. Surrounding white space is ignored.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The financial year.</returns>
    /// <exception cref="NhpInputException">The text is not a financial year; the message lists the accepted forms.</exception>
    public static FinancialYear Parse(string text) =>
        PeriodText.Parse<FinancialYear>(text, TryParse, "a UK financial year", AcceptedForms);

    /// <summary>Tries to parse a financial year in the forms <see cref="Parse"/> accepts.</summary>
    /// <param name="text">The text, may be null.</param>
    /// <param name="year">The year when parsing succeeded.</param>
    /// <returns>True when the text was a financial year.</returns>
    public static bool TryParse(string? text, out FinancialYear year)
    {
        year = default;
        if (text is null)
        {
            return false;
        }

        var span = text.AsSpan().Trim();
        if (span.Length is not (7 or 9) || (span[4] != '/' && span[4] != '-'))
        {
            return false;
        }

        if (!int.TryParse(span[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || !int.TryParse(span[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var end))
        {
            return false;
        }

        var expectedEnd = span.Length == 7 ? (start + 1) % 100 : start + 1;
        if (end != expectedEnd || start is < MinStartYear or > MaxStartYear)
        {
            return false;
        }

        year = new FinancialYear(start);
        return true;
    }

    /// <summary>The canonical form, e.g. <c>2023/24</c>; culture-invariant and accepted by <see cref="Parse"/>.</summary>
    /// <returns>The formatted year.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{StartYear:D4}/{EndYear % 100:D2}");

    /// <summary>The short form used in committee prose, e.g. <c>23/24</c>.</summary>
    /// <returns>The formatted year.</returns>
    public string ToShortString() =>
        string.Create(CultureInfo.InvariantCulture, $"{StartYear % 100:D2}/{EndYear % 100:D2}");

    /// <inheritdoc />
    public bool Equals(FinancialYear other) => StartYear == other.StartYear;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FinancialYear other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StartYear;

    /// <inheritdoc />
    public int CompareTo(FinancialYear other) => StartYear.CompareTo(other.StartYear);

    /// <summary>Equality.</summary>
    public static bool operator ==(FinancialYear left, FinancialYear right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(FinancialYear left, FinancialYear right) => !left.Equals(right);

    /// <summary>Earlier than.</summary>
    public static bool operator <(FinancialYear left, FinancialYear right) => left.CompareTo(right) < 0;

    /// <summary>Later than.</summary>
    public static bool operator >(FinancialYear left, FinancialYear right) => left.CompareTo(right) > 0;

    /// <summary>Earlier than or equal.</summary>
    public static bool operator <=(FinancialYear left, FinancialYear right) => left.CompareTo(right) <= 0;

    /// <summary>Later than or equal.</summary>
    public static bool operator >=(FinancialYear left, FinancialYear right) => left.CompareTo(right) >= 0;
}
