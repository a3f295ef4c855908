using NodaTime;

namespace Nhp.Engagement;

/// <summary>One cluster's meetings in one panel year against the model (<see cref="PanelSchedule.ByYear"/>). Immutable.</summary>
/// <param name="Year">The panel year.</param>
/// <param name="Cluster">The cluster's name as configured.</param>
/// <param name="Booked">Meetings booked or held in the year (cancelled ones do not count).</param>
/// <param name="Held">Of those, meetings held by the as-of date.</param>
/// <param name="Required">The meetings the model asks for in a year.</param>
/// <param name="HasStarted">Whether the year has started by the as-of date (only then is it fair to judge it).</param>
public sealed record ClusterYearPosition(DateInterval Year, string Cluster, int Booked, int Held, int Required, bool HasStarted)
{
    /// <summary>How many more meetings must be booked to meet the model; 0 when it is met or exceeded.</summary>
    public int ToBook => Math.Max(0, Required - Booked);

    /// <summary>How many meetings are booked beyond the model; 0 when there are not more than it asks for.</summary>
    public int BeyondModel => Math.Max(0, Booked - Required);

    /// <summary>Whether exactly the model's number of meetings is booked or held.</summary>
    public bool MeetsModel => Booked == Required;
}
