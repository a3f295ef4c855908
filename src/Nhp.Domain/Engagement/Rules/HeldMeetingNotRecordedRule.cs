using System.Globalization;
using Nhp.Findings;
using Nhp.Rules;
using static Nhp.Engagement.Rules.EngagementRuleText;

namespace Nhp.Engagement.Rules;

/// <summary>A meeting has been held but its attendee count or topics are not recorded.</summary>
internal sealed class HeldMeetingNotRecordedRule() : Rule<EngagementData>(new RuleDescriptor(EngagementRules.HeldMeetingNotRecorded, EngagementRules.Area, Severity.Warning, "Held meeting not recorded",
    "Checks that every meeting held has its attendee count and the topics raised recorded. Without them the committee cannot see how well attended the panels are or what residents asked for."))
{
    public override IEnumerable<Finding> Check(EngagementData data) =>
        from x in data.Meetings.Select((meeting, i) => (Meeting: meeting, Index: i))
        where x.Meeting.IsHeld(data.AsOf)
        let missing = Missing(x.Meeting)
        where missing is not null
        select Found(
            x.Meeting.Label(),
            string.Create(CultureInfo.InvariantCulture, $"meetings[{x.Index}].{(x.Meeting.Attendees is null ? "attendees" : "topics")}"),
            $"The {x.Meeting.Describe()} on {Date(x.Meeting.Date)} has been held but {missing} not recorded.");

    private static string? Missing(PanelMeeting meeting) => (meeting.Attendees is null, meeting.Topics.Count == 0) switch
    {
        (true, true) => "its attendee count and topics are",
        (true, false) => "its attendee count is",
        (false, true) => "the topics raised are",
        _ => null,
    };
}
