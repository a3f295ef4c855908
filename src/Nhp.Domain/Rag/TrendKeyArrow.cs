namespace Nhp.Rag;

/// <summary>The arrow of the performance report's trend key.</summary>
public enum TrendKeyArrow
{
    /// <summary>Pointing up: the measure increased.</summary>
    Up = 0,

    /// <summary>Pointing right: consistent at 100%, or changes within tolerance.</summary>
    Right = 1,

    /// <summary>Pointing down: the measure decreased.</summary>
    Down = 2,
}
