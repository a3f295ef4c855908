using Nhp.Findings;
using Nhp.Rules;
using static Nhp.Engagement.Rules.EngagementRuleText;

namespace Nhp.Engagement.Rules;

/// <summary>A "you said, we did" item is still open after its due date.</summary>
internal sealed class YouSaidWeDidOverdueRule() : Rule<EngagementData>(new RuleDescriptor(EngagementRules.YouSaidWeDidOverdue, EngagementRules.Area, Severity.Warning, "\"You said, we did\" overdue",
    "Checks that no \"you said, we did\" item is still open after its due date. These items are the police's answers to residents, and an overdue one is a promise not kept."))
{
    public override IEnumerable<Finding> Check(EngagementData data) =>
        from x in YouSaidWeDidItems(data)
        where x.Item.IsOverdue(data.AsOf)
        select Found(
            x.Meeting.Label(),
            x.Field,
            $"\"{x.Item.YouSaid}\", raised at the {x.Meeting.Describe()} on {Date(x.Meeting.Date)}, is still open; it was due on {Date(x.Item.Due!.Value)}{(x.Item.Owner is null ? string.Empty : $" (owner: {x.Item.Owner})")}.");
}
