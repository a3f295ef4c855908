namespace Nhp.Engagement;

/// <summary>The four forms an <see cref="EngagementDate"/> can take.</summary>
public enum EngagementDateKind
{
    /// <summary>One day: <c>1 September 2024</c>.</summary>
    Day,

    /// <summary>Two or more consecutive days: <c>25 November – 10 December 2024</c>.</summary>
    DayRange,

    /// <summary>A whole month: <c>October 2024</c>.</summary>
    Month,

    /// <summary>Part of a month: <c>Mid-September 2024</c>.</summary>
    PartOfMonth,
}
