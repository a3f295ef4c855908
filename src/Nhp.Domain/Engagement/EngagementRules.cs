using Nhp.Engagement.Rules;
using Nhp.Findings;
using Nhp.Rules;

namespace Nhp.Engagement;

/// <summary>
/// The checks on engagement data against its panel model and its own configuration: their stable ids and
/// <see cref="Default"/>, the rule set that runs them (the ward-to-cluster mapping, each cluster's meetings per year,
/// periods with no meeting, clashes, held meetings with nothing recorded, the Corporation's attendance commitment,
/// City-wide business meetings, "you said, we did" items, events and metric values). Pure: judged against
/// <see cref="EngagementData.AsOf"/>, never the clock. Thread-safe.
/// </summary>
public static class EngagementRules
{
    /// <summary>The area of the engagement rules' descriptors.</summary>
    public const string Area = "engagement";

    /// <summary>Error: a cluster lists a ward that is not configured.</summary>
    public const string WardUnknown = "engagement.places.ward-unknown";

    /// <summary>Error: a ward is listed in more than one cluster (or twice in one).</summary>
    public const string WardInTwoClusters = "engagement.places.ward-in-two-clusters";

    /// <summary>Error: a cluster has no name, shares a name, or names a sector that is not configured.</summary>
    public const string ClusterInvalid = "engagement.places.cluster-invalid";

    /// <summary>Error: a cluster panel names no cluster, or one that is not configured.</summary>
    public const string MeetingClusterUnknown = "engagement.meeting.cluster-unknown";

    /// <summary>Error: a meeting has no venue, ends before it starts, or has a negative attendance.</summary>
    public const string MeetingInvalid = "engagement.meeting.invalid";

    /// <summary>Error: a meeting starts at a local time skipped when the clocks change (warning when the time happens twice).</summary>
    public const string MeetingTimeInvalid = "engagement.meeting.time-invalid";

    /// <summary>Warning: a cluster has fewer meetings in a panel year than the model asks for (info when more).</summary>
    public const string MeetingsPerYear = "engagement.schedule.meetings-per-year";

    /// <summary>Warning: a cluster has no meeting booked in a period of the panel year that has begun.</summary>
    public const string PeriodWithoutMeeting = "engagement.schedule.period-without-meeting";

    /// <summary>Error: two meetings overlap and share a venue, an officer or a cluster.</summary>
    public const string MeetingClash = "engagement.schedule.clash";

    /// <summary>Warning: a meeting has been held but its attendee count or topics are not recorded.</summary>
    public const string HeldMeetingNotRecorded = "engagement.meeting.not-recorded";

    /// <summary>Warning: the Corporation cannot meet its commitment to attend a number of meetings in a panel year.</summary>
    public const string CorporationCommitment = "engagement.schedule.corporation-commitment";

    /// <summary>Warning: a calendar year has fewer City-wide business meetings than the model asks for.</summary>
    public const string CityWideBusinessMeetings = "engagement.schedule.city-wide-business";

    /// <summary>Warning: a "you said, we did" item is still open after its due date.</summary>
    public const string YouSaidWeDidOverdue = "engagement.you-said-we-did.overdue";

    /// <summary>Warning: a "you said, we did" item's status and dates disagree.</summary>
    public const string YouSaidWeDidInconsistent = "engagement.you-said-we-did.inconsistent";

    /// <summary>Warning: an event names no audience, or an "other" audience without saying who.</summary>
    public const string EventAudienceNote = "engagement.event.audience";

    /// <summary>Error: an event's number is below 1, or the same as an earlier event's.</summary>
    public const string EventNumberInvalid = "engagement.event.number-invalid";

    /// <summary>Info: an event date was printed without a year, so a year was assumed.</summary>
    public const string EventYearAssumed = "engagement.event.year-assumed";

    /// <summary>Error: a metric value names no metric a–j, is empty or negative, or repeats another for its period.</summary>
    public const string MetricValueInvalid = "engagement.metric.value-invalid";

    /// <summary>Every engagement rule, in the order they run.</summary>
    public static RuleSet<EngagementData> Default { get; } = new(
        "engagement checks",
        [
            new WardUnknownRule(),
            new WardInTwoClustersRule(),
            new ClusterInvalidRule(),
            new MeetingClusterUnknownRule(),
            new MeetingInvalidRule(),
            new MeetingTimeInvalidRule(),
            new MeetingsPerYearRule(),
            new PeriodWithoutMeetingRule(),
            new MeetingClashRule(),
            new HeldMeetingNotRecordedRule(),
            new CorporationCommitmentRule(),
            new CityWideBusinessMeetingsRule(),
            new YouSaidWeDidOverdueRule(),
            new YouSaidWeDidInconsistentRule(),
            new EventAudienceNoteRule(),
            new EventNumberInvalidRule(),
            new EventYearAssumedRule(),
            new MetricValueInvalidRule(),
        ]);

    /// <summary>Runs every rule of <see cref="Default"/>.</summary>
    /// <param name="data">The data to check.</param>
    /// <returns>The findings, rule by rule in <see cref="Default"/> order, then in data order; empty when all is well.</returns>
    public static IReadOnlyList<Finding> Check(EngagementData data) => Default.Check(data);
}
