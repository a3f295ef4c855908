using Nhp.Findings;
using Nhp.Rules;
using static Nhp.Integrity.Rules.CdiRuleText;

namespace Nhp.Integrity.Rules;

internal sealed class EqualityPercentOutOfRangeRule() : Rule<CdiReview>(new RuleDescriptor(CdiRules.EqualityPercentOutOfRange, CdiRules.Area, Severity.Error, "Equality percentage out of range",
    "Checks that a stated equality-data completeness percentage is from 0 to 100. Anything else is a typing error."))
{
    public override IEnumerable<Finding> Check(CdiReview input) =>
        input.EqualityData.Where(e => OutOfRange(e.StatedPercent)).Select(e => Found(e.Field.ToString(), "percent", OutOfRangeMessage($"Equality field {e.Field}", e.StatedPercent), e.Location));
}
