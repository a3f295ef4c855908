using Nhp.Findings;
using Nhp.Rules;
using static Nhp.Integrity.Rules.CdiRuleText;

namespace Nhp.Integrity.Rules;

internal sealed class FlagRepeatedRule() : Rule<CdiReview>(new RuleDescriptor(CdiRules.FlagRepeated, CdiRules.Area, Severity.Error, "Flag repeated",
    "Checks that each crime flag has one row in the flagging audit. A repeated flag would be counted twice."))
{
    public override IEnumerable<Finding> Check(CdiReview input) =>
        Repeated(input.Flags?.Rows ?? [], r => r.Flag.Name)
            .Select(r => Found("flag " + r.Flag.Name, "flag", $"Flag {r.Flag.Name} is listed more than once; each flag has one row.", r.Location));
}
