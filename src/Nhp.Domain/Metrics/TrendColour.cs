namespace Nhp.Metrics;

/// <summary>The colour of a trend arrow in the performance key.</summary>
public enum TrendColour
{
    /// <summary>Good.</summary>
    Green,

    /// <summary>Within tolerance.</summary>
    Amber,

    /// <summary>Bad.</summary>
    Red,
}
