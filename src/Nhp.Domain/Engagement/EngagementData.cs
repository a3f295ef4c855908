using System.Text.Json.Serialization;
using NodaTime;

namespace Nhp.Engagement;

/// <summary>
/// Everything about cluster panels and community engagement at one date: the places, the panel model, the meetings
/// with their attendance, topics and "you said, we did" logs, the engagement events, and the metric values entered.
/// This is what <c>nhp panels validate</c> and <c>nhp panels render</c> read (as JSON, see <see cref="EngagementJson"/>)
/// and what <see cref="Datasets.NhpDataset.Engagement"/> holds. Immutable; lists compare by reference.
/// </summary>
public sealed record EngagementData
{
    /// <summary>A short name, e.g. <c>Cluster panels, November 2024</c>.</summary>
    public string? Name { get; init; }

    /// <summary>
    /// The date the data is correct at. Meetings before it count as held; overdue actions are judged against it; the
    /// calendar export stamps its entries with it. Nothing reads the clock.
    /// </summary>
    public required LocalDate AsOf { get; init; }

    /// <summary>Wards, sectors and clusters.</summary>
    public PlaceConfiguration Places { get => places; init => places = value ?? new(); }

    private readonly PlaceConfiguration places = new();

    /// <summary>The model the schedule is checked against.</summary>
    public required PanelModel Model { get; init; }

    /// <summary>The meetings, booked and held.</summary>
    public IReadOnlyList<PanelMeeting> Meetings { get => meetings; init => meetings = value ?? []; }

    private readonly IReadOnlyList<PanelMeeting> meetings = [];

    /// <summary>The engagement events.</summary>
    public IReadOnlyList<EngagementEvent> Events { get => events; init => events = value ?? []; }

    private readonly IReadOnlyList<EngagementEvent> events = [];

    /// <summary>
    /// The force's engagement strategy metrics the <see cref="MetricValues"/> are for, with its outcomes;
    /// <see cref="EngagementMetrics.None"/> unless supplied. Not part of the JSON file: the caller supplies it (the
    /// <c>nhp panels</c> commands use the default dataset's).
    /// </summary>
    [JsonIgnore]
    public EngagementMetrics Metrics { get => metrics; init => metrics = value ?? EngagementMetrics.None; }

    private readonly EngagementMetrics metrics = EngagementMetrics.None;

    /// <summary>Quarterly values of the metrics a–j entered by the user.</summary>
    public IReadOnlyList<EngagementMetricValue> MetricValues { get => metricValues; init => metricValues = value ?? []; }

    private readonly IReadOnlyList<EngagementMetricValue> metricValues = [];
}
