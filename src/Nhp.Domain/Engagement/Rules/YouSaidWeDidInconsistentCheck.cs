using System.Globalization;
using Nhp.Findings;

namespace Nhp.Engagement.Rules;

/// <summary>A "you said, we did" item's status and dates disagree.</summary>
internal sealed class YouSaidWeDidInconsistentCheck : EngagementCheck
{
    public override EngagementRule Rule { get; } = new(
        "engagement.you-said-we-did.inconsistent",
        Severity.Warning,
        "A closed \"you said, we did\" item has a closing date and says what was done; an open one has no closing date.");

    public override IEnumerable<Finding> Check(EngagementData data)
    {
        for (var i = 0; i < data.Meetings.Count; i++)
        {
            var meeting = data.Meetings[i];
            for (var j = 0; j < meeting.YouSaidWeDid.Count; j++)
            {
                var item = meeting.YouSaidWeDid[j];
                var field = string.Create(CultureInfo.InvariantCulture, $"meetings[{i}].youSaidWeDid[{j}]");
                var problem = item switch
                {
                    { Status: ActionStatus.Closed, Closed: null } => "is closed but has no closing date",
                    { Status: ActionStatus.Closed, WeDid: null } => "is closed but does not say what was done",
                    { Status: ActionStatus.Open, Closed: not null } => "is open but has a closing date",
                    { Closed: { } closed } when closed < meeting.Date => "was closed before the meeting that raised it",
                    _ => null,
                };
                if (problem is not null)
                {
                    yield return Found(meeting.Label(), field, $"\"{item.YouSaid}\" ({meeting.Describe()}, {Date(meeting.Date)}) {problem}.");
                }
            }
        }
    }
}
