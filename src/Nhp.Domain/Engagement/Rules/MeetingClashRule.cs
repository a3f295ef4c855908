using System.Globalization;
using Nhp.Findings;
using Nhp.Rules;
using static Nhp.Engagement.Rules.EngagementRuleText;

namespace Nhp.Engagement.Rules;

/// <summary>Two meetings overlap in time and share a venue, an officer or a cluster.</summary>
internal sealed class MeetingClashRule() : Rule<EngagementData>(new RuleDescriptor(EngagementRules.MeetingClash, EngagementRules.Area, Severity.Error, "Meetings clash",
    "Checks that no two meetings overlap in time while sharing a venue, an officer or a cluster (meetings with no end time last the model's assumed length). A clash means one of the meetings cannot happen as booked."))
{
    public override IEnumerable<Finding> Check(EngagementData data)
    {
        var meetings = data.Meetings.Select((m, i) => (Index: i, Meeting: m)).Where(x => !x.Meeting.Cancelled).ToArray();
        for (var a = 0; a < meetings.Length; a++)
        {
            for (var b = a + 1; b < meetings.Length; b++)
            {
                var (first, second) = (meetings[a].Meeting, meetings[b].Meeting);
                if (first.Date != second.Date)
                {
                    continue;
                }

                var overlap = first.Date.At(first.Start) < second.EndsAt(data.Model.AssumedMeetingLength)
                    && second.Date.At(second.Start) < first.EndsAt(data.Model.AssumedMeetingLength);
                if (!overlap)
                {
                    continue;
                }

                var shared = new List<string>();
                if (SameName(first.Venue, second.Venue))
                {
                    shared.Add($"the venue {first.Venue}");
                }

                var officers = first.Officers.Where(o => second.Officers.Any(p => SameName(o, p))).ToArray();
                if (officers.Length > 0)
                {
                    shared.Add((officers.Length == 1 ? "the officer " : "the officers ") + string.Join(", ", officers));
                }

                if (first.Kind == MeetingKind.ClusterPanel && second.Kind == MeetingKind.ClusterPanel && SameName(first.Cluster, second.Cluster))
                {
                    shared.Add($"the {first.Cluster} cluster");
                }

                if (shared.Count > 0)
                {
                    yield return Found(
                        first.Label(),
                        string.Create(CultureInfo.InvariantCulture, $"meetings[{meetings[b].Index}]"),
                        $"The meetings {first.Label()} and {second.Label()} overlap and share {string.Join(" and ", shared)}.");
                }
            }
        }
    }
}
