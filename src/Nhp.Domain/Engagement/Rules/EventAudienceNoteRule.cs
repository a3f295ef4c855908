using System.Globalization;
using Nhp.Findings;
using Nhp.Rules;
using static Nhp.Engagement.Rules.EngagementRuleText;

namespace Nhp.Engagement.Rules;

/// <summary>An event is for "other" people without saying who, or has no audience at all.</summary>
internal sealed class EventAudienceNoteRule() : Rule<EngagementData>(new RuleDescriptor(
    EngagementRules.EventAudienceNote,
    EngagementRules.Area,
    Severity.Warning,
    "Event audience not named",
    "Checks that every event names its audience, and that an \"other\" audience says who (for example students). The committee is told who the police engaged with, so each event must say."))
{
    public override IEnumerable<Finding> Check(EngagementData data)
    {
        for (var i = 0; i < data.Events.Count; i++)
        {
            var e = data.Events[i];
            var field = string.Create(CultureInfo.InvariantCulture, $"events[{i}].audiences");
            if (e.Audiences.Count == 0)
            {
                yield return Found(e.Name, field, $"The event '{e.Name}' ({e.Date}) names no audience.");
            }
            else if (e.Audiences.Contains(Audience.Other) && string.IsNullOrWhiteSpace(e.AudienceNote))
            {
                yield return Found(e.Name, field, $"The event '{e.Name}' ({e.Date}) is for an \"other\" audience but does not say who.");
            }
        }
    }
}
