namespace Nhp.Metrics;

/// <summary>What a measure's values count or express.</summary>
public enum MeasureUnit
{
    /// <summary>A whole number of things (crimes, incidents, delegates).</summary>
    Count,

    /// <summary>A percentage, 0 to 100 (satisfaction, outcome rate). Changes are reported in percentage points.</summary>
    Percentage,

    /// <summary>A rate per some population (e.g. crimes per 1,000 residents).</summary>
    Rate,

    /// <summary>A score on a scale (e.g. a confidence score).</summary>
    Score,

    /// <summary>A number of hours.</summary>
    Hours,

    /// <summary>An amount of money in pounds sterling.</summary>
    Money,
}
