namespace Nhp.Metrics.Spc;

/// <summary>The rules a point breaks. Flags: one point may break several.</summary>
[Flags]
public enum SpcSignals
{
    /// <summary>No rule.</summary>
    None = 0,

    /// <summary>The point lies above the upper or below the lower limit (strictly). Id <c>outside-limits</c>.</summary>
    OutsideLimits = 1,

    /// <summary>The point is part of a run on one side of the centre line. Id <c>shift</c>.</summary>
    Shift = 2,

    /// <summary>The point is part of a run of successive rises or falls. Id <c>trend</c>.</summary>
    Trend = 4,

    /// <summary>The point is a near-limit point of two out of three beyond the two-sigma line (nhs). Id <c>two-of-three</c>.</summary>
    TwoOfThree = 8,
}
