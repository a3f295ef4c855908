using Nhp.Engagement;
using Nhp.Findings;
using Nhp.Periods;
using NodaTime;
using static Nhp.Domain.Tests.Engagement.EngagementRulesTest;

namespace Nhp.Domain.Tests.Rules;

// For each engagement rule, data that makes it fire and data that is fine (the clean data of the engagement tests).
internal static class EngagementExamples
{
    public static IEnumerable<KeyValuePair<string, (Func<IEnumerable<Finding>> Failing, Func<IEnumerable<Finding>> Passing)>> All =>
        new Dictionary<string, (Func<IEnumerable<Finding>>, Func<IEnumerable<Finding>>)>(StringComparer.Ordinal)
        {
            [EngagementRules.WardUnknown] = (() => Check(WithClusterWards(0, "Aldersgate", "Golden Lane")), () => Check(Clean())),
            [EngagementRules.WardInTwoClusters] = (() => Check(WithClusterWards(1, "Portsoken", "Aldersgate")), () => Check(Clean())),
            [EngagementRules.ClusterInvalid] = (
                () => Check(Clean() with { Places = Clean().Places with { Sectors = ["East"] } }),
                () => Check(Clean())),
            [EngagementRules.MeetingClusterUnknown] = (() => Check(WithMeeting(Meeting("Bnak", 3, 4))), () => Check(WithMeeting(Meeting("Barbican", 3, 4)))),
            [EngagementRules.MeetingInvalid] = (() => Check(WithMeeting(Meeting("Barbican", 3, 4) with { Attendees = -1 })), () => Check(WithMeeting(Meeting("Barbican", 3, 4)))),
            [EngagementRules.MeetingTimeInvalid] = (() => Check(WithMeeting(Meeting("Barbican", 3, 30, hour: 1))), () => Check(WithMeeting(Meeting("Barbican", 3, 30, hour: 3)))),
            [EngagementRules.MeetingsPerYear] = (() => Check(Without("Barbican", 5)), () => Check(Clean())),
            [EngagementRules.PeriodWithoutMeeting] = (() => Check(Without("Barbican", 5)), () => Check(Clean())),
            [EngagementRules.MeetingClash] = (() => Check(WithMeeting(Meeting("Barbican", 5, 14))), () => Check(WithMeeting(Meeting("Barbican", 5, 13)))),
            [EngagementRules.HeldMeetingNotRecorded] = (() => Check(Clean() with { Meetings = [Clean().Meetings[0] with { Attendees = null }, .. Clean().Meetings.Skip(1)] }), () => Check(Clean())),
            [EngagementRules.CorporationCommitment] = (
                () => Check(Clean() with { Meetings = [.. Clean().Meetings.Select(m => m with { CorporationAttended = false })] }),
                () => Check(Clean())),
            [EngagementRules.CityWideBusinessMeetings] = (
                () => Check(CityWide()),
                () => Check(CityWide() with { Meetings = [.. Clean().Meetings, Meeting(null, 3, 4) with { Kind = MeetingKind.CityWideBusiness }] })),
            [EngagementRules.YouSaidWeDidOverdue] = (
                () => Check(WithItem(new YouSaidWeDid { YouSaid = "More patrols", Status = ActionStatus.Open, Due = new LocalDate(2025, 1, 31) })),
                () => Check(WithItem(new YouSaidWeDid { YouSaid = "More patrols", Status = ActionStatus.Open, Due = new LocalDate(2025, 12, 31) }))),
            [EngagementRules.YouSaidWeDidInconsistent] = (
                () => Check(WithItem(new YouSaidWeDid { YouSaid = "More patrols", Status = ActionStatus.Closed, WeDid = "Patrols added" })),
                () => Check(WithItem(new YouSaidWeDid { YouSaid = "More patrols", Status = ActionStatus.Closed, WeDid = "Patrols added", Closed = new LocalDate(2025, 1, 31) }))),
            [EngagementRules.EventAudienceNote] = (() => Check(WithEvent(Event() with { Audiences = [] })), () => Check(WithEvent(Event()))),
            [EngagementRules.EventNumberInvalid] = (
                () => Check(WithEvent(Event() with { Number = 0 })),
                () => Check(WithEvent(Event() with { Number = 1 }))),
            [EngagementRules.EventYearAssumed] = (() => Check(WithEvent(Event() with { DateText = "5 March" })), () => Check(WithEvent(Event() with { DateText = "5 March 2025" }))),
            [EngagementRules.MetricValueInvalid] = (() => Check(WithMetric("z")), () => Check(WithMetric("a"))),
        };

    private static IEnumerable<Finding> Check(EngagementData data) => EngagementRules.Check(data);

    private static EngagementData WithMeeting(PanelMeeting meeting) => Clean() with { Meetings = [.. Clean().Meetings, meeting] };

    private static EngagementData Without(string cluster, int month) =>
        Clean() with { Meetings = [.. Clean().Meetings.Where(m => !(m.Cluster == cluster && m.Date.Month == month))] };

    private static EngagementData WithClusterWards(int cluster, params string[] wards)
    {
        var clusters = Clean().Places.Clusters.ToArray();
        clusters[cluster] = clusters[cluster] with { Wards = wards };
        return Clean() with { Places = Clean().Places with { Clusters = clusters } };
    }

    private static EngagementData CityWide() =>
        Clean() with { Model = Clean().Model with { CityWideBusinessMeetingsFrom = 2025, CityWideBusinessMeetingsPerYear = 1 } };

    private static EngagementData WithItem(YouSaidWeDid item) =>
        Clean() with { Meetings = [Clean().Meetings[0] with { YouSaidWeDid = [item] }, .. Clean().Meetings.Skip(1)] };

    private static EngagementEvent Event() => new()
    {
        Name = "Street surgery",
        Date = EngagementDate.Day(new LocalDate(2025, 3, 5)),
        Organiser = Organiser.Police,
        Audiences = [Audience.Residents],
    };

    private static EngagementData WithEvent(EngagementEvent e) => Clean() with { Events = [e] };

    private static EngagementData WithMetric(string metric) =>
        Clean() with { MetricValues = [new EngagementMetricValue { Metric = metric, Quarter = new FinancialQuarter(new FinancialYear(2024), 3), Value = 5 }] };
}
