using Nhp.Findings;
using Nhp.Rules;
using Nhp.Text;
using static Nhp.Engagement.Rules.EngagementRuleText;

namespace Nhp.Engagement.Rules;

/// <summary>A cluster has no meeting booked in a period (half of the panel year, for two meetings a year) that has begun.</summary>
internal sealed class PeriodWithoutMeetingRule() : Rule<EngagementData>(new RuleDescriptor(EngagementRules.PeriodWithoutMeeting, EngagementRules.Area, Severity.Warning, "Period without a meeting",
    "Checks that each cluster has a meeting booked in every period of the panel year (one meeting per period) once the period has begun. Meetings bunched together leave residents without a panel for months."))
{
    public override IEnumerable<Finding> Check(EngagementData data) =>
        data.Model.MeetingsPerClusterPerYear <= 1
            ? []
            : PanelSchedule.For(data).ByPeriod.Where(p => p.IsMissingMeeting)
                .Select(p => Found(p.Cluster, "meetings", $"The {p.Cluster} cluster has no meeting booked between {Span(p.Period)}."));
}
