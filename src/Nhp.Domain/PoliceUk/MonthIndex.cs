using NodaTime;

namespace Nhp.PoliceUk;

/// <summary>
/// A month as one integer (months since January of year 0), the key the police.uk counting uses internally: plain
/// integers keep the hot path free of generic collections over <see cref="YearMonth"/>, whose code cannot be compiled
/// ahead of time and so costs the command line its start-up.
/// </summary>
internal static class MonthIndex
{
    /// <summary>The index of a month of the ISO calendar.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns><c>year × 12 + month − 1</c>.</returns>
    public static int Of(int year, int month) => (year * 12) + month - 1;

    /// <summary>The index of <paramref name="month"/>.</summary>
    /// <param name="month">The month.</param>
    /// <returns>Its index.</returns>
    public static int Of(YearMonth month) => Of(month.Year, month.Month);

    /// <summary>The month of an index.</summary>
    /// <param name="index">An index made by <see cref="Of(int, int)"/>.</param>
    /// <returns>The month.</returns>
    public static YearMonth ToYearMonth(int index) => new(Math.DivRem(index, 12, out var month) - (month < 0 ? 1 : 0), month < 0 ? month + 13 : month + 1);
}
