using System.Globalization;
using Nhp.Findings;
using Nhp.Rules;
using static Nhp.Engagement.Rules.EngagementRuleText;

namespace Nhp.Engagement.Rules;

/// <summary>A cluster has fewer (or more) meetings in a panel year than the model asks for.</summary>
internal sealed class MeetingsPerYearRule() : Rule<EngagementData>(new RuleDescriptor(
    EngagementRules.MeetingsPerYear,
    EngagementRules.Area,
    Severity.Warning,
    "Meetings per year",
    "Checks that each cluster has the model's number of meetings booked or held in every panel year that has started, and notes clusters with more. The committee was promised a number of panel meetings per cluster, so a shortfall needs explaining."))
{
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
                    yield return FoundAt(
                        Severity.Info,
                        cluster.Name,
                        "meetings",
                        $"The {cluster.Name} cluster has {Plural(count, "meeting", "meetings")} in the panel year {Span(year)}, more than the {required.ToString(CultureInfo.InvariantCulture)} the model asks for.");
                }
            }
        }
    }
}
