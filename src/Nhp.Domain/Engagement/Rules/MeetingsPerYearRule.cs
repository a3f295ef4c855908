using System.Globalization;
using Nhp.Findings;
using Nhp.Rules;
using Nhp.Text;
using static Nhp.Engagement.Rules.EngagementRuleText;

namespace Nhp.Engagement.Rules;

/// <summary>A cluster has fewer (or more) meetings in a panel year than the model asks for.</summary>
internal sealed class MeetingsPerYearRule() : Rule<EngagementData>(new RuleDescriptor(EngagementRules.MeetingsPerYear, EngagementRules.Area, Severity.Warning, "Meetings per year",
    "Checks that each cluster has the model's number of meetings booked or held in every panel year that has started, and notes clusters with more. The committee was promised a number of panel meetings per cluster, so a shortfall needs explaining."))
{
    public override IEnumerable<Finding> Check(EngagementData data) =>
        PanelSchedule.For(data).ByYear.Where(p => p.HasStarted && !p.MeetsModel).Select(p => p.ToBook > 0
            ? Found(p.Cluster, "meetings", $"The {p.Cluster} cluster has {Plural(p.Booked, "meeting", "meetings")} booked or held in the panel year {Span(p.Year)}; the model asks for {Wording.Number(p.Required)}.")
            : FoundAt(Severity.Info, p.Cluster, "meetings", $"The {p.Cluster} cluster has {Plural(p.Booked, "meeting", "meetings")} in the panel year {Span(p.Year)}, more than the {Wording.Number(p.Required)} the model asks for."));
}
