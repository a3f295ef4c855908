using Nhp.Findings;
using Nhp.Rules;
using static Nhp.Integrity.Rules.CdiRuleText;

namespace Nhp.Integrity.Rules;

internal sealed class NothingDisclosedRule() : Rule<CdiReview>(new RuleDescriptor(CdiRules.NothingDisclosed, CdiRules.Area, Severity.Error, "Nothing disclosed",
    "Checks that every category audited some crimes. With none disclosed there is no compliance rate to report, so the row is empty or misread."))
{
    public override IEnumerable<Finding> Check(CdiReview input) =>
        Audits(input)
            .Where(a => a.Disclosed == 0)
            .Select(a => Found(a.Category.Name, "disclosed", $"{a.Category.Name}: no crimes disclosed, so there is no compliance rate to report.", a.Location));
}
