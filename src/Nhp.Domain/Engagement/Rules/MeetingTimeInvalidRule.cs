using System.Globalization;
using Nhp.Findings;
using Nhp.Rules;
using static Nhp.Engagement.Rules.EngagementRuleText;
using NodaTime;

namespace Nhp.Engagement.Rules;

/// <summary>
/// A meeting starts at a local time that does not exist in Europe/London (skipped when the clocks go forward) or that
/// happens twice (when they go back), so a calendar cannot place it for certain.
/// </summary>
internal sealed class MeetingTimeInvalidRule() : Rule<EngagementData>(new RuleDescriptor(EngagementRules.MeetingTimeInvalid, EngagementRules.Area, Severity.Error, "Meeting time skipped or repeated",
    "Checks that every meeting starts at a local time that happens exactly once in Europe/London, not in the hour skipped or repeated when the clocks change. Otherwise a calendar cannot place the meeting for certain and people may turn up at the wrong time."))
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    public override IEnumerable<Finding> Check(EngagementData data)
    {
        for (var i = 0; i < data.Meetings.Count; i++)
        {
            var meeting = data.Meetings[i];
            var mapping = London.MapLocal(meeting.Date.At(meeting.Start));
            var field = string.Create(CultureInfo.InvariantCulture, $"meetings[{i}].start");
            if (mapping.Count == 0)
            {
                yield return Found(meeting.Label(), field, $"The {meeting.Describe()} on {Date(meeting.Date)} starts at {PanelMeeting.Hhmm(meeting.Start)}, a time skipped when the clocks go forward that day.");
            }
            else if (mapping.Count > 1)
            {
                yield return FoundAt(Severity.Warning, meeting.Label(), field, $"The {meeting.Describe()} on {Date(meeting.Date)} starts at {PanelMeeting.Hhmm(meeting.Start)}, a time that happens twice when the clocks go back that day.");
            }
        }
    }
}
