using System.Globalization;
using Nhp.Findings;

namespace Nhp.Engagement.Rules;

/// <summary>A cluster has fewer (or more) meetings in a panel year than the model asks for.</summary>
internal sealed class MeetingsPerYearCheck : EngagementCheck
{
    public override EngagementRule Rule { get; } = new(
        "engagement.schedule.meetings-per-year",
        Severity.Warning,
        "Each cluster has the model's number of meetings booked or held in every panel year that has started.");

    public override IEnumerable<Finding> Check(EngagementData data)
    {
        var required = data.Model.MeetingsPerClusterPerYear;
        foreach (var year in StartedYears(data))
        {
            foreach (var cluster in data.Places.Clusters)
            {
                var count = ClusterMeetings(data, cluster.Name).Count(x => year.Contains(x.Meeting.Date));
                if (count < required)
                {
                    yield return Found(
                        cluster.Name,
                        "meetings",
                        $"The {cluster.Name} cluster has {Plural(count, "meeting", "meetings")} booked or held in the panel year {Span(year)}; the model asks for {required.ToString(CultureInfo.InvariantCulture)}.");
                }
                else if (count > required)
                {
                    yield return Found(
                        cluster.Name,
                        "meetings",
                        $"The {cluster.Name} cluster has {Plural(count, "meeting", "meetings")} in the panel year {Span(year)}, more than the {required.ToString(CultureInfo.InvariantCulture)} the model asks for.",
                        Severity.Info);
                }
            }
        }
    }
}
