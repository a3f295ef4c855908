using Nhp.Delivery;
using Nhp.Findings;
using Nhp.Rules;
using static Nhp.Integrity.Rules.CdiRuleText;

namespace Nhp.Integrity.Rules;

internal sealed class TimescaleMissingRule() : Rule<CdiReview>(new RuleDescriptor(CdiRules.TimescaleMissing, CdiRules.Area, Severity.Warning, "Recommendation has no timescale",
    "Checks that every recommendation has a timescale. Without one the committee cannot tell when it should be done."))
{
    public override IEnumerable<Finding> Check(CdiReview input) =>
        input.Recommendations
            .Where(r => r.Timescale.Kind == TargetKind.None && !(r.Timescale.HasReview && r.Timescale.ReviewDate is null))
            .Select(r => Found(Subject(r), "timescale", $"{Capitalised(Subject(r))} has no timescale.", r.Location));
}
