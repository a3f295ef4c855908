using System.Globalization;
using Nhp.Findings;
using Nhp.Rules;
using static Nhp.Integrity.Rules.CdiRuleText;

namespace Nhp.Integrity.Rules;

internal sealed class TimelinessPublishedRateDiffersRule() : Rule<CdiReview>(new RuleDescriptor(CdiRules.TimelinessPublishedRateDiffers, CdiRules.Area, Severity.Warning, "Printed timeliness rate differs",
    "Checks that a timeliness percentage printed in the paper matches the counts, to one decimal place. A difference means either the counts or the printed rate are wrong."))
{
    public override IEnumerable<Finding> Check(CdiReview input)
    {
        foreach (var period in input.Timeliness)
        {
            if (period.PublishedPercent is { } printed && period.Share is { } share
                && PrintedDiffers(printed, share.Successes, share.Trials, out var computed))
            {
                yield return Found(period.Period, "rate",
                    string.Create(CultureInfo.InvariantCulture, $"Timeliness for {period.Period}: the paper prints {printed}%, but {share.Successes} of {share.Trials} is {computed}%."),
                    period.Location);
            }
        }
    }
}
