using System.Globalization;
using Nhp.Findings;

namespace Nhp.Engagement.Rules;

/// <summary>A "you said, we did" item is still open after its due date.</summary>
internal sealed class YouSaidWeDidOverdueCheck : EngagementCheck
{
    public override EngagementRule Rule { get; } = new(
        "engagement.you-said-we-did.overdue",
        Severity.Warning,
        "No \"you said, we did\" item is still open after its due date.");

    public override IEnumerable<Finding> Check(EngagementData data)
    {
        for (var i = 0; i < data.Meetings.Count; i++)
        {
            var meeting = data.Meetings[i];
            for (var j = 0; j < meeting.YouSaidWeDid.Count; j++)
            {
                var item = meeting.YouSaidWeDid[j];
                if (item.Status == ActionStatus.Open && item.Due is { } due && due < data.AsOf)
                {
                    var owner = item.Owner is null ? string.Empty : $" (owner: {item.Owner})";
                    yield return Found(
                        meeting.Label(),
                        string.Create(CultureInfo.InvariantCulture, $"meetings[{i}].youSaidWeDid[{j}]"),
                        $"\"{item.YouSaid}\", raised at the {meeting.Describe()} on {Date(meeting.Date)}, is still open; it was due on {Date(due)}{owner}.");
                }
            }
        }
    }
}
