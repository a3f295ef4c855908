using System.Globalization;
using Nhp.Findings;
using NodaTime;
using NodaTime.Text;

namespace Nhp.Engagement.Rules;

/// <summary>One check: a rule and the code that finds breaches of it.</summary>
internal abstract class EngagementCheck
{
    private static readonly LocalDatePattern LongDate = LocalDatePattern.Create("d MMMM uuuu", CultureInfo.InvariantCulture);

    public abstract EngagementRule Rule { get; }

    public abstract IEnumerable<Finding> Check(EngagementData data);

    protected Finding Found(string subject, string? field, string message, Severity? severity = null) =>
        new(Rule.Id, severity ?? Rule.Severity, subject, field, message);

    internal static string Date(LocalDate date) => LongDate.Format(date);

    internal static string Span(DateInterval interval) => Date(interval.Start) + " to " + Date(interval.End);

    internal static string Plural(int n, string one, string many) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);

    internal static bool SameName(string? a, string? b) =>
        a is not null && b is not null && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>The panel years that have started by the as-of date (the only ones it is fair to judge).</summary>
    internal static IEnumerable<DateInterval> StartedYears(EngagementData data)
    {
        var year = data.Model.YearContaining(data.Model.FirstYearStarts.OnDayOfMonth(1));
        while (year is not null && year.Start <= data.AsOf)
        {
            yield return year;
            year = data.Model.YearContaining(year.End.PlusDays(1));
        }
    }

    internal static IEnumerable<(int Index, PanelMeeting Meeting)> ClusterMeetings(EngagementData data, string cluster) =>
        data.Meetings.Select((m, i) => (i, m))
            .Where(x => !x.m.Cancelled && x.m.Kind == MeetingKind.ClusterPanel && SameName(x.m.Cluster, cluster));
}
