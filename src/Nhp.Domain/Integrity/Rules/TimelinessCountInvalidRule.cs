using System.Globalization;
using Nhp.Findings;
using Nhp.Rules;

namespace Nhp.Integrity.Rules;

internal sealed class TimelinessCountInvalidRule() : Rule<CdiReview>(new RuleDescriptor(CdiRules.TimelinessCountInvalid, CdiRules.Area, Severity.Error, "Timeliness counts impossible",
    "Checks that timeliness counts, when given, are both present, not negative, cover at least one crime, and have no more recorded in time than in all. Otherwise the share recorded within 24 hours cannot be worked out."))
{
    public override IEnumerable<Finding> Check(CdiReview input) =>
        input.Timeliness
            .Where(p => (p.WithinLimit is not null || p.Total is not null) && p.Share is null)
            .Select(p => Found(p.Period, "counts",
                string.Create(CultureInfo.InvariantCulture, $"Timeliness for {p.Period}: {Count(p.WithinLimit)} recorded within the limit of {Count(p.Total)} disclosed is impossible; both counts must be given, not negative, with at least one crime and no more in time than in all."),
                p.Location));

    private static string Count(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "(missing)";
}
