namespace Nhp.Metrics;

/// <summary>Where a trend arrow points.</summary>
public enum TrendPointing
{
    /// <summary>Up: the value rose.</summary>
    Up,

    /// <summary>Right: steady.</summary>
    Right,

    /// <summary>Down: the value fell.</summary>
    Down,
}
