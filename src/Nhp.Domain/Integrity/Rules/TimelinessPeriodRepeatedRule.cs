using Nhp.Findings;
using Nhp.Rules;
using static Nhp.Integrity.Rules.CdiRuleText;

namespace Nhp.Integrity.Rules;

internal sealed class TimelinessPeriodRepeatedRule() : Rule<CdiReview>(new RuleDescriptor(CdiRules.TimelinessPeriodRepeated, CdiRules.Area, Severity.Error, "Timeliness period repeated",
    "Checks that each timeliness period is listed once. A repeated period makes the trend over time ambiguous."))
{
    public override IEnumerable<Finding> Check(CdiReview input) =>
        Repeated(input.Timeliness, p => p.Period.Trim())
            .Select(p => Found(p.Period, "period", $"The timeliness period '{p.Period}' is listed more than once.", p.Location));
}
