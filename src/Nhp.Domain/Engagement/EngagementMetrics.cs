using Nhp.Metrics;

namespace Nhp.Engagement;

/// <summary>
/// The measures of a force's community engagement strategy: its metrics (ids <c>engagement-a</c>,
/// <c>engagement-b</c>, … with the letter the strategy gives them), the outcomes it seeks, and what it monitors without
/// measuring. Metric values in <see cref="EngagementData.MetricValues"/> are checked against these metrics. Supplied
/// by the force's data (see <see cref="EngagementData.Metrics"/>); <see cref="None"/> when it defines none. Immutable.
/// </summary>
public sealed record EngagementMetrics
{
    private const string Prefix = "engagement-";

    /// <summary>No metrics, outcomes or monitored items: every metric value is then unknown.</summary>
    public static EngagementMetrics None { get; } = new();

    /// <summary>The metrics, in the strategy's order, with ids of the form <c>engagement-a</c>.</summary>
    public IReadOnlyList<MeasureDefinition> StrategicPlan { get => strategicPlan; init => strategicPlan = value ?? []; }

    private readonly IReadOnlyList<MeasureDefinition> strategicPlan = [];

    /// <summary>The outcomes the strategy seeks, wording as printed.</summary>
    public IReadOnlyList<StrategyOutcome> Outcomes { get => outcomes; init => outcomes = value ?? []; }

    private readonly IReadOnlyList<StrategyOutcome> outcomes = [];

    /// <summary>What is monitored alongside the metrics but is not a performance metric.</summary>
    public IReadOnlyList<string> MonitoredNotMeasured { get => monitoredNotMeasured; init => monitoredNotMeasured = value ?? []; }

    private readonly IReadOnlyList<string> monitoredNotMeasured = [];

    /// <summary>Finds a metric by letter (<c>a</c>) or measure id (<c>engagement-a</c>), case-insensitive.</summary>
    /// <param name="id">The letter or id.</param>
    /// <returns>The metric, or null when <see cref="StrategicPlan"/> has none with that letter.</returns>
    public MeasureDefinition? Find(string? id)
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
