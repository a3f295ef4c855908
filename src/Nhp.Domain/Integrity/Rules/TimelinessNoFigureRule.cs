using Nhp.Findings;
using Nhp.Rules;

namespace Nhp.Integrity.Rules;

internal sealed class TimelinessNoFigureRule() : Rule<CdiReview>(new RuleDescriptor(CdiRules.TimelinessNoFigure, CdiRules.Area, Severity.Error, "Timeliness has no figure",
    "Checks that every timeliness period gives counts or a percentage. A period with neither has nothing to report."))
{
    public override IEnumerable<Finding> Check(CdiReview input) =>
        input.Timeliness
            .Where(p => p.WithinLimit is null && p.Total is null && p.PublishedPercent is null)
            .Select(p => Found(p.Period, null, $"Timeliness for {p.Period}: neither counts nor a percentage are given.", p.Location));
}
