using System.Globalization;
using Nhp.Findings;
using Nhp.Rules;
using static Nhp.Engagement.Rules.EngagementRuleText;

namespace Nhp.Engagement.Rules;

/// <summary>A meeting's values cannot be right: a negative attendance, an end before the start, no venue.</summary>
internal sealed class MeetingInvalidRule() : Rule<EngagementData>(new RuleDescriptor(EngagementRules.MeetingInvalid, EngagementRules.Area, Severity.Error, "Meeting values impossible",
    "Checks that a meeting has a venue, ends after it starts, and does not record a negative number of attendees. Such values are typing errors and would make the schedule and attendance figures wrong."))
{
    public override IEnumerable<Finding> Check(EngagementData data)
    {
        for (var i = 0; i < data.Meetings.Count; i++)
        {
            var meeting = data.Meetings[i];
            var field = string.Create(CultureInfo.InvariantCulture, $"meetings[{i}]");
            if (meeting.Attendees is < 0)
            {
                yield return Found(meeting.Label(), field + ".attendees", string.Create(CultureInfo.InvariantCulture, $"The meeting on {Date(meeting.Date)} records {meeting.Attendees} attendees; a count cannot be negative."));
            }

            if (meeting.End is { } end && end <= meeting.Start)
            {
                yield return Found(meeting.Label(), field + ".end", $"The meeting on {Date(meeting.Date)} ends at {PanelMeeting.Hhmm(end)}, not after its start at {PanelMeeting.Hhmm(meeting.Start)}.");
            }

            if (string.IsNullOrWhiteSpace(meeting.Venue))
            {
                yield return Found(meeting.Label(), field + ".venue", $"The meeting on {Date(meeting.Date)} has no venue; give the place, or the platform for an online meeting.");
            }
        }
    }
}
