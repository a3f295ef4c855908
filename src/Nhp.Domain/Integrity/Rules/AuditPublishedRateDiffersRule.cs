using System.Globalization;
using Nhp.Findings;
using Nhp.Rules;
using static Nhp.Integrity.Rules.CdiRuleText;

namespace Nhp.Integrity.Rules;

internal sealed class AuditPublishedRateDiffersRule() : Rule<CdiReview>(new RuleDescriptor(CdiRules.AuditPublishedRateDiffers, CdiRules.Area, Severity.Warning, "Printed compliance rate differs",
    "Checks that a compliance rate printed in the paper matches recorded over disclosed, to one decimal place. A difference means either the counts or the printed rate are wrong."))
{
    public override IEnumerable<Finding> Check(CdiReview input)
    {
        foreach (var audit in Audits(input))
        {
            if (audit.PublishedPercent is { } printed && audit.Compliance is { } compliance
                && PrintedDiffers(printed, compliance.Successes, compliance.Trials, out var computed))
            {
                yield return Found(audit.Category.Name, "rate",
                    string.Create(CultureInfo.InvariantCulture, $"{audit.Category.Name}: the paper prints {printed}%, but {audit.Recorded} of {audit.Disclosed} is {computed}%."),
                    audit.Location);
            }
        }
    }
}
