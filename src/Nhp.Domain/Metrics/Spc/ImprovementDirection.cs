namespace Nhp.Metrics.Spc;

/// <summary>Which direction of movement is an improvement, for typing special-cause points.</summary>
public enum ImprovementDirection
{
    /// <summary>Neither direction is better: special causes are "neutral high" or "neutral low".</summary>
    Neutral,

    /// <summary>Higher values are better.</summary>
    Increase,

    /// <summary>Lower values are better.</summary>
    Decrease,
}
