using System.Globalization;
using Nhp.Findings;
using Nhp.Rules;

namespace Nhp.Integrity.Rules;

internal sealed class FlagCountNegativeRule() : Rule<CdiReview>(new RuleDescriptor(CdiRules.FlagCountNegative, CdiRules.Area, Severity.Error, "Flag count negative",
    "Checks that no count in the flagging audit (required and added, wrongly added, missed) is negative. A negative count is a typing error and spoils the flagging rates."))
{
    public override IEnumerable<Finding> Check(CdiReview input) =>
        (input.Flags?.Rows ?? [])
            .Where(r => r.RequiredAndAdded < 0 || r.WronglyAdded < 0 || r.Missed < 0)
            .Select(r => Found("flag " + r.Flag.Name, "counts",
                string.Create(CultureInfo.InvariantCulture, $"Flag {r.Flag.Name}: counts {r.RequiredAndAdded} / {r.WronglyAdded} / {r.Missed} (required and added / wrongly added / missed) include a negative number."),
                r.Location));
}
