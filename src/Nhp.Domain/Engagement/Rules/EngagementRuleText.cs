using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Nhp.Engagement.Rules;

// What the engagement rules share: dates and counts in words, name matching, and the parts of the data they walk.
internal static class EngagementRuleText
{
    private static readonly LocalDatePattern LongDate = LocalDatePattern.Create("d MMMM uuuu", CultureInfo.InvariantCulture);

    public static string Date(LocalDate date) => LongDate.Format(date);

    public static string Span(DateInterval interval) => Date(interval.Start) + " to " + Date(interval.End);

    public static string Plural(int n, string one, string many) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);

    public static bool SameName(string? a, string? b) =>
        a is not null && b is not null && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>The panel years that have started by the as-of date (the only ones it is fair to judge).</summary>
    public static IEnumerable<DateInterval> StartedYears(EngagementData data)
    {
        var year = data.Model.YearContaining(data.Model.FirstYearStarts.OnDayOfMonth(1));
        while (year is not null && year.Start <= data.AsOf)
        {
            yield return year;
            year = data.Model.YearContaining(year.End.PlusDays(1));
        }
    }

    /// <summary>The cluster panel meetings that are not cancelled, with their index in the data.</summary>
    public static IEnumerable<(int Index, PanelMeeting Meeting)> ClusterPanels(EngagementData data) =>
        data.Meetings.Select((m, i) => (i, m)).Where(x => !x.m.Cancelled && x.m.Kind == MeetingKind.ClusterPanel);

    /// <summary>The cluster panel meetings of one cluster that are not cancelled.</summary>
    public static IEnumerable<(int Index, PanelMeeting Meeting)> ClusterMeetings(EngagementData data, string cluster) =>
        ClusterPanels(data).Where(x => SameName(x.Meeting.Cluster, cluster));

    /// <summary>Every "you said, we did" item with its meeting and its field path.</summary>
    public static IEnumerable<(PanelMeeting Meeting, YouSaidWeDid Item, string Field)> YouSaidWeDidItems(EngagementData data) =>
        data.Meetings.SelectMany((meeting, i) => meeting.YouSaidWeDid.Select((item, j) =>
            (meeting, item, string.Create(CultureInfo.InvariantCulture, $"meetings[{i}].youSaidWeDid[{j}]"))));
}
