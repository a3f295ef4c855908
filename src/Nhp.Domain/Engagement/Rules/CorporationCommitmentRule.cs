using System.Globalization;
using Nhp.Findings;
using Nhp.Rules;
using static Nhp.Engagement.Rules.EngagementRuleText;

namespace Nhp.Engagement.Rules;

/// <summary>The Corporation cannot meet (or did not meet) its commitment to attend a number of meetings a year.</summary>
internal sealed class CorporationCommitmentRule() : Rule<EngagementData>(new RuleDescriptor(EngagementRules.CorporationCommitment, EngagementRules.Area, Severity.Warning, "Corporation attendance commitment",
    "Checks that, in each panel year, the meetings the Corporation attended plus those still to come reach its commitment. The Corporation's attendance is a published commitment, so a year that cannot meet it should be reported early."))
{
    public override IEnumerable<Finding> Check(EngagementData data)
    {
        var commitment = data.Model.CorporationMeetingsPerYear;
        if (commitment <= 0)
        {
            yield break;
        }

        foreach (var year in StartedYears(data))
        {
            var inYear = ClusterPanels(data).Select(x => x.Meeting).Where(m => year.Contains(m.Date)).ToArray();
            var attended = inYear.Count(m => m.IsHeld(data.AsOf) && m.CorporationAttended == true);
            var unrecorded = inYear.Count(m => m.IsHeld(data.AsOf) && m.CorporationAttended is null);
            var toCome = inYear.Count(m => !m.IsHeld(data.AsOf));
            if (attended + toCome < commitment)
            {
                var unrecordedText = unrecorded == 0 ? string.Empty : $" ({Plural(unrecorded, "held meeting does", "held meetings do")} not record whether it attended)";
                yield return Found(
                    "Corporation",
                    "meetings",
                    $"In the panel year {Span(year)} the Corporation attended {Plural(attended, "meeting", "meetings")}{unrecordedText} and {Plural(toCome, "more is", "more are")} booked; it committed to {commitment.ToString(CultureInfo.InvariantCulture)}.");
            }
        }
    }
}
