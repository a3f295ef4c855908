namespace Nhp.Metrics;

/// <summary>How often a measure is reported.</summary>
public enum MeasureFrequency
{
    /// <summary>Once a month.</summary>
    Monthly,

    /// <summary>Once a financial quarter.</summary>
    Quarterly,

    /// <summary>Once a year.</summary>
    Annual,
}
