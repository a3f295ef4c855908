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

    /// <summary>
    /// When a paper reports it, each figure over the period it states (a count since a date, or a figure at a date):
    /// see <see cref="DatedCount"/> and <see cref="DatedSeries"/>.
    /// </summary>
    Irregular,
}
