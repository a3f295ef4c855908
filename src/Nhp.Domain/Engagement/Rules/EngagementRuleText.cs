using System.Globalization;
using Nhp.Text;
using NodaTime;

namespace Nhp.Engagement.Rules;

// What the engagement rules share: dates and counts in words, name matching, and the parts of the data they walk.
internal static class EngagementRuleText
{
    public static string Date(LocalDate date) => Wording.Date(date);

    public static string Span(DateInterval interval) => Wording.Span(interval);

    public static string Plural(int n, string one, string many) => Wording.Count(n, one, many);

    public static bool SameName(string? a, string? b) =>
        a is not null && b is not null && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>The panel years that have started by the as-of date (the only ones it is fair to judge).</summary>
    public static IEnumerable<DateInterval> StartedYears(EngagementData data) =>
        PanelSchedule.For(data).Years.Where(y => y.Start <= data.AsOf);

    /// <summary>The cluster panel meetings that are not cancelled, with their index in the data.</summary>
    public static IEnumerable<(int Index, PanelMeeting Meeting)> ClusterPanels(EngagementData data) =>
        data.Meetings.Select((m, i) => (i, m)).Where(x => !x.m.Cancelled && x.m.Kind == MeetingKind.ClusterPanel);

    /// <summary>Every "you said, we did" item with its meeting and its field path.</summary>
    public static IEnumerable<(PanelMeeting Meeting, YouSaidWeDid Item, string Field)> YouSaidWeDidItems(EngagementData data) =>
        data.Meetings.SelectMany((meeting, i) => meeting.YouSaidWeDid.Select((item, j) =>
            (meeting, item, string.Create(CultureInfo.InvariantCulture, $"meetings[{i}].youSaidWeDid[{j}]"))));
}
