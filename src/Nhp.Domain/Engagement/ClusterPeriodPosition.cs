using NodaTime;

namespace Nhp.Engagement;

/// <summary>
/// One cluster's meetings in one period of a panel year (<see cref="PanelSchedule.ByPeriod"/>): the model expects one
/// meeting per cluster in each period. Immutable.
/// </summary>
/// <param name="Period">The period.</param>
/// <param name="Cluster">The cluster's name as configured.</param>
/// <param name="Booked">Meetings booked or held in the period (cancelled ones do not count).</param>
/// <param name="Held">Of those, meetings held by the as-of date.</param>
/// <param name="HasBegun">Whether the period has begun by the as-of date.</param>
public sealed record ClusterPeriodPosition(DateInterval Period, string Cluster, int Booked, int Held, bool HasBegun)
{
    /// <summary>Whether the cluster has met in the period by the as-of date.</summary>
    public bool HasMet => Held > 0;

    /// <summary>Whether the period has begun with no meeting booked in it: the cluster is due a booking.</summary>
    public bool IsMissingMeeting => HasBegun && Booked == 0;
}
