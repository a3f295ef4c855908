using NodaTime;

namespace Nhp.Engagement;

/// <summary>
/// How a schedule of cluster panel meetings stands against its <see cref="PanelModel"/> at the data's as-of date:
/// each cluster's meetings booked and held in each panel year, and in each period of a year (one meeting per cluster
/// expected in each). A cluster's meetings are its cluster panels that are not cancelled, matched by name ignoring
/// case and surrounding spaces. Pure: judged against <see cref="EngagementData.AsOf"/>, never the clock. Immutable.
/// </summary>
public sealed class PanelSchedule
{
    private readonly EngagementData data;

    private PanelSchedule(EngagementData data)
    {
        this.data = data;
        var last = data.Meetings.Select(m => m.Date).Append(data.AsOf).Max();
        var years = new List<DateInterval>();
        var year = data.Model.YearContaining(data.Model.FirstYearStarts.OnDayOfMonth(1));
        while (year is not null && year.Start <= last)
        {
            years.Add(year);
            year = data.Model.YearContaining(year.End.PlusDays(1));
        }

        Years = years;
        ByYear = [.. years.SelectMany(y => data.Places.Clusters.Select(c => YearPosition(y, c.Name)))];
        ByPeriod = [.. years.SelectMany(y => data.Model.PeriodsOf(y)).SelectMany(p => data.Places.Clusters.Select(c => PeriodPosition(p, c.Name)))];
    }

    /// <summary>
    /// The panel years from the model's start to the later of the as-of date and the last meeting: those that have
    /// started, and later ones already holding bookings.
    /// </summary>
    public IReadOnlyList<DateInterval> Years { get; }

    /// <summary>Each panel year's position for each configured cluster, year by year, clusters in configuration order.</summary>
    public IReadOnlyList<ClusterYearPosition> ByYear { get; }

    /// <summary>Each period's position for each configured cluster, period by period, clusters in configuration order.</summary>
    public IReadOnlyList<ClusterPeriodPosition> ByPeriod { get; }

    /// <summary>The schedule of <paramref name="data"/>.</summary>
    /// <param name="data">The engagement data.</param>
    /// <returns>The schedule's position.</returns>
    public static PanelSchedule For(EngagementData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new PanelSchedule(data);
    }

    /// <summary>The meetings that count for a cluster: its cluster panels that are not cancelled, in data order.</summary>
    /// <param name="cluster">The cluster's name (case and surrounding spaces ignored).</param>
    /// <returns>The meetings.</returns>
    public IEnumerable<PanelMeeting> MeetingsOf(string cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        return data.Meetings.Where(m => !m.Cancelled && m.Kind == MeetingKind.ClusterPanel
            && m.Cluster is not null && string.Equals(m.Cluster.Trim(), cluster.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    private ClusterYearPosition YearPosition(DateInterval year, string cluster)
    {
        var meetings = MeetingsOf(cluster).Where(m => year.Contains(m.Date)).ToArray();
        return new ClusterYearPosition(year, cluster, meetings.Length, meetings.Count(m => m.IsHeld(data.AsOf)), data.Model.MeetingsPerClusterPerYear, year.Start <= data.AsOf);
    }

    private ClusterPeriodPosition PeriodPosition(DateInterval period, string cluster)
    {
        var meetings = MeetingsOf(cluster).Where(m => period.Contains(m.Date)).ToArray();
        return new ClusterPeriodPosition(period, cluster, meetings.Length, meetings.Count(m => m.IsHeld(data.AsOf)), period.Start <= data.AsOf);
    }
}
