using System.Globalization;
using Nhp.Findings;
using Nhp.Rules;
using static Nhp.Engagement.Rules.EngagementRuleText;
using NodaTime;

namespace Nhp.Engagement.Rules;

/// <summary>A calendar year has fewer City-wide business meetings than the model asks for.</summary>
internal sealed class CityWideBusinessMeetingsRule() : Rule<EngagementData>(new RuleDescriptor(EngagementRules.CityWideBusinessMeetings, EngagementRules.Area, Severity.Warning, "City-wide business meetings",
    "Checks that each calendar year from the model's start year has the model's number of City-wide business meetings booked or held, once the year has begun. These meetings are how businesses across the City are engaged, so a missing one leaves them out."))
{
    public override IEnumerable<Finding> Check(EngagementData data)
    {
        if (data.Model.CityWideBusinessMeetingsFrom is not { } from || data.Model.CityWideBusinessMeetingsPerYear <= 0)
        {
            yield break;
        }

        var required = data.Model.CityWideBusinessMeetingsPerYear;
        for (var year = from; year <= data.AsOf.Year; year++)
        {
            var count = data.Meetings.Count(m => !m.Cancelled && m.Kind == MeetingKind.CityWideBusiness && m.Date.Year == year);
            if (count < required)
            {
                var y = year.ToString(CultureInfo.InvariantCulture);
                yield return Found(
                    "City-wide business meetings",
                    "meetings",
                    $"{y} has {Plural(count, "City-wide business meeting", "City-wide business meetings")} booked or held; the model asks for {required.ToString(CultureInfo.InvariantCulture)} a year from {from.ToString(CultureInfo.InvariantCulture)}.");
            }
        }
    }
}
