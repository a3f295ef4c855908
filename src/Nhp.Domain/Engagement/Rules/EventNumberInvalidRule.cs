using System.Globalization;
using Nhp.Findings;
using Nhp.Rules;

namespace Nhp.Engagement.Rules;

/// <summary>An event's number is below 1 or repeats an earlier event's number.</summary>
internal sealed class EventNumberInvalidRule() : Rule<EngagementData>(new RuleDescriptor(EngagementRules.EventNumberInvalid, EngagementRules.Area, Severity.Error, "Event number invalid or repeated",
    "Checks that every numbered event has a number from 1 and that no two events share a number. The paper's list of events is numbered 1, 2, 3 ...; a repeated or negative number is a typing error, or the same event entered twice, which would count it twice."))
{
    public override IEnumerable<Finding> Check(EngagementData data)
    {
        var first = new Dictionary<int, EngagementEvent>();
        for (var i = 0; i < data.Events.Count; i++)
        {
            var e = data.Events[i];
            if (e.Number is not { } number)
            {
                continue;
            }

            var field = string.Create(CultureInfo.InvariantCulture, $"events[{i}].number");
            if (number < 1)
            {
                yield return Found(e.Name, field, string.Create(CultureInfo.InvariantCulture, $"The event '{e.Name}' ({e.Date}) is numbered {number}; events are numbered from 1."));
            }
            else if (first.TryGetValue(number, out var earlier))
            {
                yield return Found(e.Name, field, string.Create(CultureInfo.InvariantCulture, $"The event '{e.Name}' ({e.Date}) has the number {number}, already given to '{earlier.Name}' ({earlier.Date}); each event has its own number."));
            }
            else
            {
                first.Add(number, e);
            }
        }
    }
}
