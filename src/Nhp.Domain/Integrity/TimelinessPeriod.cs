using Nhp.Findings;

namespace Nhp.Integrity;

/// <summary>
/// Timeliness of recording for one period: how many crimes were recorded within the limit (24 hours under the Home
/// Office Counting Rules) of how many disclosed, or, where a paper printed only a percentage, that percentage.
/// Immutable; equality is by value.
/// </summary>
/// <param name="Period">The period as worded, e.g. <c>Q2</c> or <c>Q3 2023/24</c>.</param>
public sealed record TimelinessPeriod(string Period)
{
    /// <summary>Crimes recorded within the limit, when counted.</summary>
    public int? WithinLimit { get; init; }

    /// <summary>Crimes disclosed in the period, when counted.</summary>
    public int? Total { get; init; }

    /// <summary>The share recorded in time as the paper printed it, in percent, when only that is known.</summary>
    public decimal? PublishedPercent { get; init; }

    /// <summary>Where the period was read from, when it came from a file.</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>The counted share, or null when not counted (or the counts are impossible).</summary>
    public Proportion? Share =>
        WithinLimit is { } within && Total is { } total && total >= 1 && within >= 0 && within <= total ? new Proportion(within, total) : null;

    /// <summary>The share recorded in time, 0 to 1: from the counts when there are any, else the published percentage.</summary>
    public double? Rate => Share?.Rate ?? (PublishedPercent is { } percent ? (double)percent / 100.0 : null);

    /// <summary>A period with counts.</summary>
    /// <param name="period">The period as worded.</param>
    /// <param name="withinLimit">Crimes recorded within the limit.</param>
    /// <param name="total">Crimes disclosed.</param>
    /// <returns>The period.</returns>
    public static TimelinessPeriod FromCounts(string period, int withinLimit, int total) =>
        new(period) { WithinLimit = withinLimit, Total = total };

    /// <summary>A period known only by a printed percentage.</summary>
    /// <param name="period">The period as worded.</param>
    /// <param name="percent">The percentage as printed, e.g. 92.7.</param>
    /// <returns>The period.</returns>
    public static TimelinessPeriod FromPublishedPercent(string period, decimal percent) =>
        new(period) { PublishedPercent = percent };
}
