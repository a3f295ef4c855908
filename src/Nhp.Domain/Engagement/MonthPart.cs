namespace Nhp.Engagement;

/// <summary>A part of a month, as in <c>Mid-September 2024</c>.</summary>
public enum MonthPart
{
    /// <summary>Days 1 to 10.</summary>
    Early,

    /// <summary>Days 11 to 20.</summary>
    Mid,

    /// <summary>Day 21 to the end of the month.</summary>
    Late,
}
