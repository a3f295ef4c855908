using System.Globalization;
using Nhp.Findings;
using Nhp.Rules;
using static Nhp.Integrity.Rules.CdiRuleText;

namespace Nhp.Integrity.Rules;

internal sealed class PeriodReversedRule() : Rule<CdiReview>(new RuleDescriptor(CdiRules.PeriodReversed, CdiRules.Area, Severity.Error, "Period ends before it starts",
    "Checks that a sampling period with dates does not end before it starts. Such a period covers no days, so the dates were mistyped or swapped."))
{
    public override IEnumerable<Finding> Check(CdiReview input) =>
        from x in SamplingPeriods(input)
        where x.Period.Start is { } start && x.Period.End is { } end && end < start
        select Found(x.Subject, "period",
            string.Create(CultureInfo.InvariantCulture, $"{x.Subject}: the sampling period ends ({x.Period.End:uuuu-MM-dd}) before it starts ({x.Period.Start:uuuu-MM-dd}), so it covers no days."),
            x.Location);
}
