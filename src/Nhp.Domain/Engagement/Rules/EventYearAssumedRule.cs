using System.Globalization;
using System.Text.RegularExpressions;
using Nhp.Findings;
using Nhp.Rules;
using static Nhp.Engagement.Rules.EngagementRuleText;

namespace Nhp.Engagement.Rules;

/// <summary>An event's date was printed without a year, so the year was taken from the rows around it.</summary>
internal sealed partial class EventYearAssumedRule() : Rule<EngagementData>(new RuleDescriptor(EngagementRules.EventYearAssumed, EngagementRules.Area, Severity.Info, "Event year assumed",
    "Notes an event date printed without a year, with the year that was assumed from the rows around it. The assumption should be checked against the source."))
{
    public override IEnumerable<Finding> Check(EngagementData data)
    {
        for (var i = 0; i < data.Events.Count; i++)
        {
            var e = data.Events[i];
            if (e.DateText is { } text && !FourDigits().IsMatch(text))
            {
                yield return Found(
                    e.Name,
                    string.Create(CultureInfo.InvariantCulture, $"events[{i}].date"),
                    $"The event '{e.Name}' is dated '{text}' in the source, with no year; it is taken as {e.Date}.");
            }
        }
    }

    [GeneratedRegex(@"\d{4}", RegexOptions.CultureInvariant)]
    private static partial Regex FourDigits();
}
