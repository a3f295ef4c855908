using System.Globalization;
using Nhp.Findings;
using Nhp.Rules;
using static Nhp.Integrity.Rules.CdiRuleText;

namespace Nhp.Integrity.Rules;

internal sealed class RecommendationNumberInvalidRule() : Rule<CdiReview>(new RuleDescriptor(CdiRules.RecommendationNumberInvalid, CdiRules.Area, Severity.Error, "Recommendation number invalid",
    "Checks that every recommendation has a positive whole number. Recommendations are followed up by number, so each needs a proper one."))
{
    public override IEnumerable<Finding> Check(CdiReview input) =>
        input.Recommendations
            .Where(r => r.Number <= 0)
            .Select(r => Found(Subject(r), "number",
                string.Create(CultureInfo.InvariantCulture, $"Recommendation number {r.Number} is not a positive whole number."), r.Location));
}
