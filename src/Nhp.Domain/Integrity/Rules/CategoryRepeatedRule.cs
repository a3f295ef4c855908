using Nhp.Findings;
using Nhp.Rules;
using static Nhp.Integrity.Rules.CdiRuleText;

namespace Nhp.Integrity.Rules;

internal sealed class CategoryRepeatedRule() : Rule<CdiReview>(new RuleDescriptor(CdiRules.CategoryRepeated, CdiRules.Area, Severity.Error, "Category repeated",
    "Checks that each audit category is listed once. A repeated category would be counted twice in the totals the committee sees."))
{
    public override IEnumerable<Finding> Check(CdiReview input) =>
        Repeated(input.Categories, c => c.Category.Id)
            .Select(c => Found(c.Category.Name, "category", $"The category '{c.Category.Name}' is listed more than once; each category is reported once.", c.Location));
}
