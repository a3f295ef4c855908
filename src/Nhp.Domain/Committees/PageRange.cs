using System.Globalization;

namespace Nhp.Committees;

/// <summary>The pages of a pack an agenda item's papers take, first to last inclusive ("Pages 13 - 30").</summary>
public readonly record struct PageRange
{
    /// <summary>Creates a range.</summary>
    /// <param name="first">The first page, from 1.</param>
    /// <param name="last">The last page, not before the first.</param>
    /// <exception cref="ArgumentOutOfRangeException">The first page is below 1 or the last is before it.</exception>
    public PageRange(int first, int last)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(first, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(last, first);
        First = first;
        Last = last;
    }

    /// <summary>The first page.</summary>
    public int First { get; }

    /// <summary>The last page.</summary>
    public int Last { get; }

    /// <summary>The number of pages.</summary>
    public int Count => Last - First + 1;

    /// <summary>The agenda's wording: "Pages 13 - 30", or "Page 7" for one page.</summary>
    /// <returns>The wording.</returns>
    public override string ToString() => First == Last
        ? string.Create(CultureInfo.InvariantCulture, $"Page {First}")
        : string.Create(CultureInfo.InvariantCulture, $"Pages {First} - {Last}");
}
