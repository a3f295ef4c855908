using Nhp.Metrics;

namespace Nhp.Engagement;

/// <summary>
/// The measures of the Community Engagement Strategic Plan (City of London Police and Corporation, approved October
/// 2024) as the metrics catalogue defines them (<see cref="MeasureCatalogue.EngagementMetrics"/>, ids
/// <c>engagement-a</c> to <c>engagement-j</c>; <see cref="MeasureCatalogue.EngagementOutcomes"/>): reported quarterly
/// to the Strategic Planning and Performance Committee from January 2025, with values entered by the user. Attendance
/// at cluster panels and the topics raised are monitored but are not performance metrics.
/// </summary>
public static class EngagementMetrics
{
    private const string Prefix = "engagement-";

    /// <summary>The metrics a–j, wording as printed in the November 2024 paper (which drops the letter of <c>i</c>).</summary>
    public static IReadOnlyList<MeasureDefinition> StrategicPlan => MeasureCatalogue.EngagementMetrics;

    /// <summary>The outcomes a–d the plan seeks, wording as printed.</summary>
    public static IReadOnlyList<StrategyOutcome> Outcomes => MeasureCatalogue.EngagementOutcomes;

    /// <summary>What is monitored alongside the metrics but is not a performance metric (paragraphs 7 and 11 of the paper).</summary>
    public static IReadOnlyList<string> MonitoredNotMeasured { get; } =
    [
        "Number of attendees at Cluster Panel meetings",
        "Topics raised by attendees (and whether they fall into City of London Police or City of London Corporation remit)",
    ];

    /// <summary>Finds a metric by letter (<c>a</c>) or measure id (<c>engagement-a</c>), case-insensitive.</summary>
    /// <param name="id">The letter or id.</param>
    /// <returns>The metric, or null.</returns>
    public static MeasureDefinition? Find(string? id)
    {
        var key = id?.Trim() ?? string.Empty;
        var full = key.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) ? key : Prefix + key;
        return StrategicPlan.FirstOrDefault(m => string.Equals(m.Id, full, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The metric's letter in the plan: <c>a</c> for <c>engagement-a</c>.</summary>
    /// <param name="metric">One of <see cref="StrategicPlan"/>.</param>
    /// <returns>The letter.</returns>
    public static string Letter(MeasureDefinition metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return metric.Id.StartsWith(Prefix, StringComparison.Ordinal) ? metric.Id[Prefix.Length..] : metric.Id;
    }

    /// <summary>Metric g is a breakdown (gender, ethnicity, age), reported as text rather than one figure.</summary>
    internal static bool IsBreakdown(MeasureDefinition metric) => Letter(metric) == "g";
}
