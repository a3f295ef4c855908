using Nhp.Delivery;
using Nhp.Findings;
using Nhp.Rules;
using static Nhp.Integrity.Rules.CdiRuleText;

namespace Nhp.Integrity.Rules;

internal sealed class TimescaleUnrecognisedRule() : Rule<CdiReview>(new RuleDescriptor(CdiRules.TimescaleUnrecognised, CdiRules.Area, Severity.Warning, "Recommendation timescale not recognised",
    "Checks that every recommendation's timescale is a date Nhp can read. An unreadable timescale (a mistyped year, say) is kept as written but gives no deadline, so progress cannot be judged against it."))
{
    public override IEnumerable<Finding> Check(CdiReview input) =>
        input.Recommendations
            .Where(r => r.Timescale.Kind == TargetKind.Unrecognised || (r.Timescale.HasReview && r.Timescale.ReviewDate is null))
            .Select(r => Found(Subject(r), "timescale",
                $"{Capitalised(Subject(r))}: the timescale '{r.Timescale.Text}' is not a recognisable date; it is kept as written and has no deadline. Check it against the source (a mistyped year?).",
                r.Location));
}
