namespace Nhp.Periods;

/// <summary>
/// The years Nhp reads and writes, the same for every reader and writer: four-digit years from
/// <see cref="Min"/> to <see cref="Max"/>. A date outside them is refused where it is read (a located error or
/// finding, never an exception from date arithmetic), so nothing written can fail to read back, and the date
/// arithmetic of the rules (panel years, deadlines, quarters) stays far from the calendar's end.
/// </summary>
public static class SupportedYears
{
    /// <summary>The first year read or written: 1000.</summary>
    public const int Min = 1000;

    /// <summary>The last year read or written: 2999.</summary>
    public const int Max = 2999;

    /// <summary>Whether <paramref name="year"/> is from <see cref="Min"/> to <see cref="Max"/>.</summary>
    /// <param name="year">A year of the ISO calendar.</param>
    /// <returns>True when Nhp reads and writes dates in that year.</returns>
    public static bool Contains(int year) => year is >= Min and <= Max;

    /// <summary>The sentence a refusal quotes: "years from 1000 to 2999".</summary>
    public const string Description = "years from 1000 to 2999";
}
