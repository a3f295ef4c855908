namespace Nhp.Metrics;

/// <summary>Which way a measure should move to count as better.</summary>
public enum DirectionOfGood
{
    /// <summary>Higher values are better (satisfaction, outcomes).</summary>
    Higher,

    /// <summary>Lower values are better (crime, incidents).</summary>
    Lower,

    /// <summary>Neither direction is better in itself (activity counts monitored for context).</summary>
    Neutral,
}
