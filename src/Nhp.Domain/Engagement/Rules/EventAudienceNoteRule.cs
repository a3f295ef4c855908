using System.Globalization;
using Nhp.Findings;
using Nhp.Rules;
using static Nhp.Engagement.Rules.EngagementRuleText;

namespace Nhp.Engagement.Rules;

/// <summary>An event is for "other" people without saying who, or has no audience at all.</summary>
internal sealed class EventAudienceNoteRule() : Rule<EngagementData>(new RuleDescriptor(EngagementRules.EventAudienceNote, EngagementRules.Area, Severity.Warning, "Event audience not named",
    "Checks that every event names its audience, and that an \"other\" audience says who (for example students). The committee is told who the police engaged with, so each event must say."))
{
    public override IEnumerable<Finding> Check(EngagementData data) =>
        from x in data.Events.Select((e, i) => (Event: e, Field: string.Create(CultureInfo.InvariantCulture, $"events[{i}].audiences")))
        let problem = AudienceProblem(x.Event)
        where problem is not null
        select Found(x.Event.Name, x.Field, $"The event '{x.Event.Name}' ({x.Event.Date}) {problem}.");

    private static string? AudienceProblem(EngagementEvent e) =>
        e.Audiences.Count == 0 ? "names no audience"
        : e.Audiences.Contains(Audience.Other) && string.IsNullOrWhiteSpace(e.AudienceNote) ? "is for an \"other\" audience but does not say who"
        : null;
}
