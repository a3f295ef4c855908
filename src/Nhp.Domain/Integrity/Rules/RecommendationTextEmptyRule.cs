using Nhp.Findings;
using Nhp.Rules;
using static Nhp.Integrity.Rules.CdiRuleText;

namespace Nhp.Integrity.Rules;

internal sealed class RecommendationTextEmptyRule() : Rule<CdiReview>(new RuleDescriptor(CdiRules.RecommendationTextEmpty, CdiRules.Area, Severity.Error, "Recommendation has no text",
    "Checks that every recommendation says what is recommended. A recommendation with no text cannot be acted on or followed up."))
{
    public override IEnumerable<Finding> Check(CdiReview input) =>
        input.Recommendations
            .Where(r => string.IsNullOrWhiteSpace(r.Text))
            .Select(r => Found(Subject(r), "text", $"{Subject(r)} has no text.", r.Location));
}
