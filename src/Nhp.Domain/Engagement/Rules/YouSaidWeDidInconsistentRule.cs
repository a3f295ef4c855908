using Nhp.Findings;
using Nhp.Rules;
using static Nhp.Engagement.Rules.EngagementRuleText;

namespace Nhp.Engagement.Rules;

/// <summary>A "you said, we did" item's status and dates disagree.</summary>
internal sealed class YouSaidWeDidInconsistentRule() : Rule<EngagementData>(new RuleDescriptor(EngagementRules.YouSaidWeDidInconsistent, EngagementRules.Area, Severity.Warning, "\"You said, we did\" inconsistent",
    "Checks that a closed \"you said, we did\" item has a closing date and says what was done, that an open one has no closing date, and that none closes before the meeting that raised it. Inconsistent items make the record of what was done unreliable."))
{
    public override IEnumerable<Finding> Check(EngagementData data) =>
        from x in YouSaidWeDidItems(data)
        let problem = Problem(x.Meeting, x.Item)
        where problem is not null
        select Found(x.Meeting.Label(), x.Field, $"\"{x.Item.YouSaid}\" ({x.Meeting.Describe()}, {Date(x.Meeting.Date)}) {problem}.");

    private static string? Problem(PanelMeeting meeting, YouSaidWeDid item) => item switch
    {
        { Status: ActionStatus.Closed, Closed: null } => "is closed but has no closing date",
        { Status: ActionStatus.Closed, WeDid: null } => "is closed but does not say what was done",
        { Status: ActionStatus.Open, Closed: not null } => "is open but has a closing date",
        { Closed: { } closed } when closed < meeting.Date => "was closed before the meeting that raised it",
        _ => null,
    };
}
