using Nhp.Findings;
using Nhp.Rules;
using static Nhp.Engagement.Rules.EngagementRuleText;

namespace Nhp.Engagement.Rules;

/// <summary>A cluster has no meeting booked in a period (half of the panel year, for two meetings a year) that has begun.</summary>
internal sealed class PeriodWithoutMeetingRule() : Rule<EngagementData>(new RuleDescriptor(
    EngagementRules.PeriodWithoutMeeting,
    EngagementRules.Area,
    Severity.Warning,
    "Period without a meeting",
    "Checks that each cluster has a meeting booked in every period of the panel year (one meeting per period) once the period has begun. Meetings bunched together leave residents without a panel for months."))
{
    public override IEnumerable<Finding> Check(EngagementData data)
    {
        if (data.Model.MeetingsPerClusterPerYear <= 1)
        {
            yield break;
        }

        foreach (var year in StartedYears(data))
        {
            foreach (var period in data.Model.PeriodsOf(year).Where(p => p.Start <= data.AsOf))
            {
                foreach (var cluster in data.Places.Clusters)
                {
                    if (!ClusterMeetings(data, cluster.Name).Any(x => period.Contains(x.Meeting.Date)))
                    {
                        yield return Found(
                            cluster.Name,
                            "meetings",
                            $"The {cluster.Name} cluster has no meeting booked between {Span(period)}.");
                    }
                }
            }
        }
    }
}
