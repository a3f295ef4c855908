using System.Globalization;
using Nhp.Findings;
using Nhp.Rules;
using static Nhp.Integrity.Rules.CdiRuleText;

namespace Nhp.Integrity.Rules;

internal sealed class RecordedAboveDisclosedRule() : Rule<CdiReview>(new RuleDescriptor(CdiRules.RecordedAboveDisclosed, CdiRules.Area, Severity.Error, "Recorded above disclosed",
    "Checks that no category records more crimes than were disclosed. Recorded crimes are a subset of those disclosed, so more recorded usually means the two columns were swapped."))
{
    public override IEnumerable<Finding> Check(CdiReview input) =>
        Audits(input)
            .Where(a => a.Recorded >= 0 && a.Disclosed > 0 && a.Recorded > a.Disclosed)
            .Select(a => Found(a.Category.Name, "recorded",
                string.Create(CultureInfo.InvariantCulture, $"{a.Category.Name}: {a.Recorded} crimes recorded but only {a.Disclosed} disclosed; recorded cannot exceed disclosed (are the columns swapped?)."),
                a.Location));
}
