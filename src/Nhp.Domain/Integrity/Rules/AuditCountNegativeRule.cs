using System.Globalization;
using Nhp.Findings;
using Nhp.Rules;
using static Nhp.Integrity.Rules.CdiRuleText;

namespace Nhp.Integrity.Rules;

internal sealed class AuditCountNegativeRule() : Rule<CdiReview>(new RuleDescriptor(CdiRules.AuditCountNegative, CdiRules.Area, Severity.Error, "Audit count negative",
    "Checks that no category's count of crimes disclosed or recorded is negative. A negative count is a typing error, and any compliance rate made from it is meaningless."))
{
    public override IEnumerable<Finding> Check(CdiReview input)
    {
        foreach (var audit in Audits(input))
        {
            if (audit.Disclosed < 0)
            {
                yield return Found(audit.Category.Name, "disclosed",
                    string.Create(CultureInfo.InvariantCulture, $"{audit.Category.Name}: crimes disclosed is {audit.Disclosed}; a count cannot be negative."), audit.Location);
            }

            if (audit.Recorded < 0)
            {
                yield return Found(audit.Category.Name, "recorded",
                    string.Create(CultureInfo.InvariantCulture, $"{audit.Category.Name}: crimes recorded is {audit.Recorded}; a count cannot be negative."), audit.Location);
            }
        }
    }
}
