using System.Globalization;
using Nhp.Findings;
using Nhp.Rules;
using static Nhp.Engagement.Rules.EngagementRuleText;

namespace Nhp.Engagement.Rules;

/// <summary>A cluster panel names no cluster, or a cluster that is not configured.</summary>
internal sealed class MeetingClusterUnknownRule() : Rule<EngagementData>(new RuleDescriptor(EngagementRules.MeetingClusterUnknown, EngagementRules.Area, Severity.Error, "Meeting for an unknown cluster",
    "Checks that every cluster panel meeting names one of the configured clusters. A meeting with no cluster, or an unknown one, cannot be counted towards any cluster's meetings."))
{
    public override IEnumerable<Finding> Check(EngagementData data)
    {
        var known = string.Join(", ", data.Places.Clusters.Select(c => c.Name));
        for (var i = 0; i < data.Meetings.Count; i++)
        {
            var meeting = data.Meetings[i];
            if (meeting.Kind != MeetingKind.ClusterPanel || data.Places.FindCluster(meeting.Cluster) is not null)
            {
                continue;
            }

            var field = string.Create(CultureInfo.InvariantCulture, $"meetings[{i}].cluster");
            yield return Found(
                meeting.Label(),
                field,
                meeting.Cluster is null
                    ? $"The cluster panel meeting on {Date(meeting.Date)} names no cluster; the clusters are {known}."
                    : $"The meeting on {Date(meeting.Date)} is for the cluster '{meeting.Cluster}', which is not one of the configured clusters ({(known.Length == 0 ? "none" : known)}).");
        }
    }
}
