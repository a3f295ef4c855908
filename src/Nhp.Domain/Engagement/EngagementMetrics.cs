using NodaTime;

namespace Nhp.Engagement;

/// <summary>What kind of figure an engagement metric is.</summary>
public enum EngagementMetricKind
{
    /// <summary>A number of things (meetings, events, posts, logs).</summary>
    Count,

    /// <summary>Time, in hours.</summary>
    Hours,

    /// <summary>A survey score.</summary>
    Score,

    /// <summary>A breakdown (e.g. by gender, ethnicity and age) reported as text, not one number.</summary>
    Breakdown,
}

/// <summary>
/// One metric of the Community Engagement Strategic Plan, e.g. <c>a. Number of cluster panel meetings</c>.
/// Immutable; equality is by value.
/// </summary>
/// <param name="Id">The metric's letter in the plan, <c>a</c> to <c>j</c>.</param>
/// <param name="Name">The metric's wording as printed.</param>
/// <param name="Kind">What kind of figure it is.</param>
public sealed record EngagementMetric(string Id, string Name, EngagementMetricKind Kind);

/// <summary>One outcome the Community Engagement Strategic Plan seeks, e.g. <c>a. To improve public trust…</c>. Immutable.</summary>
/// <param name="Id">The outcome's letter, <c>a</c> to <c>d</c>.</param>
/// <param name="Text">The wording as printed.</param>
public sealed record EngagementOutcome(string Id, string Text);

/// <summary>
/// A value of an engagement metric for one quarter, as entered by the user. Immutable; equality is by value.
/// </summary>
public sealed record EngagementMetricValue
{
    /// <summary>The metric's id, <c>a</c> to <c>j</c>.</summary>
    public required string Metric { get; init; }

    /// <summary>The quarter (or other period) the value covers, both ends included.</summary>
    public required DateInterval Period { get; init; }

    /// <summary>The figure, for a count, hours or score.</summary>
    public decimal? Value { get; init; }

    /// <summary>A breakdown or note (required for a breakdown metric such as <c>g</c>).</summary>
    public string? Text { get; init; }
}

/// <summary>
/// The measures of the Community Engagement Strategic Plan (City of London Police and Corporation, approved October
/// 2024): outcomes a–d and metrics a–j, reported quarterly to the Strategic Planning and Performance Committee from
/// January 2025. Attendance at cluster panels and the topics raised are monitored but are not performance metrics.
/// </summary>
public static class EngagementMetrics
{
    /// <summary>The metrics a–j, wording as printed in the November 2024 paper (the letter <c>i</c> is missing from the print; it is the ninth item).</summary>
    public static IReadOnlyList<EngagementMetric> StrategicPlan { get; } =
    [
        new("a", "Number of cluster panel meetings", EngagementMetricKind.Count),
        new("b", "Number of business engagements", EngagementMetricKind.Count),
        new("c", "Number of Dedicated Ward Officer (DWO) initiated community engagement events", EngagementMetricKind.Count),
        new("d", "Time dedicated to DWO high-visibility cluster patrols", EngagementMetricKind.Hours),
        new("e", "Volunteer time dedicated to community engagement (hrs)", EngagementMetricKind.Hours),
        new("f", "Confidence score in the City of London Police's public confidence survey", EngagementMetricKind.Score),
        new("g", "Demographic breakdown (gender, ethnicity, age) of respondents to the City of London Police's public confidence survey", EngagementMetricKind.Breakdown),
        new("h", "DWO Nextdoor activity (no of posts)", EngagementMetricKind.Count),
        new("i", "Number of 'you said we did' problem-solving logs for cluster panel meetings", EngagementMetricKind.Count),
        new("j", "Number of social media posts containing crime prevention messaging", EngagementMetricKind.Count),
    ];

    /// <summary>The outcomes a–d the plan seeks, wording as printed.</summary>
    public static IReadOnlyList<EngagementOutcome> Outcomes { get; } =
    [
        new("a", "To improve public trust and confidence in the City of London Police"),
        new("b", "To reduce crime in hotspot areas following targeted crime prevention advice"),
        new("c", "To inform the public on how to protect themselves from crime as a result of crime prevention advice"),
        new("d", "To increase diversity in demographics of public surveys"),
    ];

    /// <summary>What is monitored alongside the metrics but is not a performance metric.</summary>
    public static IReadOnlyList<string> MonitoredNotMeasured { get; } =
    [
        "Number of attendees at Cluster Panel meetings",
        "Topics raised by attendees (and whether they fall into City of London Police or City of London Corporation remit)",
    ];

    /// <summary>Finds a metric by id (case-insensitive).</summary>
    /// <param name="id">The letter.</param>
    /// <returns>The metric, or null.</returns>
    public static EngagementMetric? Find(string? id) =>
        StrategicPlan.FirstOrDefault(m => string.Equals(m.Id, id?.Trim(), StringComparison.OrdinalIgnoreCase));
}
