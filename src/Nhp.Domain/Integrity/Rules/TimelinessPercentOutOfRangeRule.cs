using Nhp.Findings;
using Nhp.Rules;
using static Nhp.Integrity.Rules.CdiRuleText;

namespace Nhp.Integrity.Rules;

internal sealed class TimelinessPercentOutOfRangeRule() : Rule<CdiReview>(new RuleDescriptor(CdiRules.TimelinessPercentOutOfRange, CdiRules.Area, Severity.Error, "Timeliness percentage out of range",
    "Checks that a printed timeliness percentage is from 0 to 100. Anything else is a typing error."))
{
    public override IEnumerable<Finding> Check(CdiReview input) =>
        input.Timeliness.Where(p => OutOfRange(p.PublishedPercent)).Select(p => Found(p.Period, "percent", OutOfRangeMessage($"Timeliness for {p.Period}", p.PublishedPercent), p.Location));
}
