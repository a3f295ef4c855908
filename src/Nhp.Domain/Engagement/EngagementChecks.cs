using Nhp.Engagement.Rules;
using Nhp.Findings;

namespace Nhp.Engagement;

/// <summary>
/// Checks engagement data against its panel model and its own configuration: the ward-to-cluster mapping, each
/// cluster's meetings per year, periods with no meeting, clashes, held meetings with nothing recorded, the
/// Corporation's attendance commitment, City-wide business meetings, overdue "you said, we did" items, events and
/// metric values. Pure: judged against <see cref="EngagementData.AsOf"/>, never the clock. Thread-safe.
/// </summary>
public static class EngagementChecks
{
    internal static IReadOnlyList<EngagementCheck> All { get; } =
    [
        new WardUnknownCheck(),
        new WardInTwoClustersCheck(),
        new ClusterInvalidCheck(),
        new MeetingClusterUnknownCheck(),
        new MeetingInvalidCheck(),
        new MeetingTimeInvalidCheck(),
        new MeetingsPerYearCheck(),
        new PeriodWithoutMeetingCheck(),
        new MeetingClashCheck(),
        new HeldMeetingNotRecordedCheck(),
        new CorporationCommitmentCheck(),
        new CityWideBusinessMeetingsCheck(),
        new YouSaidWeDidOverdueCheck(),
        new YouSaidWeDidInconsistentCheck(),
        new EventAudienceNoteCheck(),
        new EventYearAssumedCheck(),
        new MetricValueInvalidCheck(),
    ];

    /// <summary>Every rule, in the order the checks run.</summary>
    public static IReadOnlyList<EngagementRule> Rules { get; } = All.Select(c => c.Rule).ToArray();

    /// <summary>Runs every check.</summary>
    /// <param name="data">The data to check.</param>
    /// <returns>The findings, rule by rule in <see cref="Rules"/> order, then in data order; empty when all is well.</returns>
    public static IReadOnlyList<Finding> Check(EngagementData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return All.SelectMany(c => c.Check(data)).ToArray();
    }
}
