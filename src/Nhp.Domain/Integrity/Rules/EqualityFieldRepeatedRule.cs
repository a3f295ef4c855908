using Nhp.Findings;
using Nhp.Rules;
using static Nhp.Integrity.Rules.CdiRuleText;

namespace Nhp.Integrity.Rules;

internal sealed class EqualityFieldRepeatedRule() : Rule<CdiReview>(new RuleDescriptor(CdiRules.EqualityFieldRepeated, CdiRules.Area, Severity.Error, "Equality field repeated",
    "Checks that each equality field (such as ethnicity or gender) is listed once. A repeated field leaves the committee with two different completeness figures."))
{
    public override IEnumerable<Finding> Check(CdiReview input) =>
        Repeated(input.EqualityData, e => e.Field.ToString())
            .Select(e => Found(e.Field.ToString(), "field", $"The equality field {e.Field} is listed more than once.", e.Location));
}
