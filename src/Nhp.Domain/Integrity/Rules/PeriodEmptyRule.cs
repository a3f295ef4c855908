using Nhp.Findings;
using Nhp.Rules;
using static Nhp.Integrity.Rules.CdiRuleText;

namespace Nhp.Integrity.Rules;

internal sealed class PeriodEmptyRule() : Rule<CdiReview>(new RuleDescriptor(CdiRules.PeriodEmpty, CdiRules.Area, Severity.Error, "Period empty",
    "Checks that every sampling period, timeliness row and flagging audit names the period it covers. Compliance rates mean little to a committee unless it knows when the sample was taken."))
{
    public override IEnumerable<Finding> Check(CdiReview input)
    {
        foreach (var (subject, period, location) in SamplingPeriods(input).Where(p => string.IsNullOrWhiteSpace(p.Period.Text)))
        {
            yield return Found(subject, "period", $"{subject}: the sampling period is empty; say when the sample was taken (e.g. 'Mid-July to end December 2023').", location);
        }

        foreach (var row in input.Timeliness.Where(p => string.IsNullOrWhiteSpace(p.Period)))
        {
            yield return Found("timeliness", "period", "A timeliness row has no period; name the period (e.g. 'Q2').", row.Location);
        }

        if (input.Flags is { } flags && string.IsNullOrWhiteSpace(flags.Period))
        {
            yield return Found("flags", "period", "The flagging audit has no period; say which period it covers (e.g. 'Q3').");
        }
    }
}
