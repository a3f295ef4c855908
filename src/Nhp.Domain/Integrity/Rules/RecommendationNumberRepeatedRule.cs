using System.Globalization;
using Nhp.Findings;
using Nhp.Rules;
using static Nhp.Integrity.Rules.CdiRuleText;

namespace Nhp.Integrity.Rules;

internal sealed class RecommendationNumberRepeatedRule() : Rule<CdiReview>(new RuleDescriptor(CdiRules.RecommendationNumberRepeated, CdiRules.Area, Severity.Error, "Recommendation number repeated",
    "Checks that no two recommendations share a number. Progress on recommendations is reported by number, so a shared number makes it unclear which one is meant."))
{
    public override IEnumerable<Finding> Check(CdiReview input) =>
        Repeated(input.Recommendations, r => r.Number.ToString(CultureInfo.InvariantCulture))
            .Select(r => Found(Subject(r), "number", $"Recommendation number {r.Number.ToString(CultureInfo.InvariantCulture)} is used more than once.", r.Location));
}
