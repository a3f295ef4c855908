using System.Globalization;
using Nhp.Findings;

namespace Nhp.Engagement.Rules;

/// <summary>The Corporation cannot meet (or did not meet) its commitment to attend a number of meetings a year.</summary>
internal sealed class CorporationCommitmentCheck : EngagementCheck
{
    public override EngagementRule Rule { get; } = new(
        "engagement.schedule.corporation-commitment",
        Severity.Warning,
        "In each panel year, the meetings the Corporation attended plus those still to come reach its commitment.");

    public override IEnumerable<Finding> Check(EngagementData data)
    {
        var commitment = data.Model.CorporationMeetingsPerYear;
        if (commitment <= 0)
        {
            yield break;
        }

        foreach (var year in StartedYears(data))
        {
            var inYear = data.Meetings.Where(m => !m.Cancelled && m.Kind == MeetingKind.ClusterPanel && year.Contains(m.Date)).ToArray();
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
