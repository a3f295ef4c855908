using System.Globalization;
using Nhp.Findings;
using Nhp.Rules;

namespace Nhp.Integrity.Rules;

internal sealed class OverallReconcilesRule() : Rule<CdiReview>(new RuleDescriptor(CdiRules.OverallReconciles, CdiRules.Area, Severity.Warning, "Overall figure does not reconcile",
    "Checks whether a separately stated overall figure equals the sum of the categories. When it does not, the paper should say how the two relate (overlapping samples, different audits), or the committee may read one as a mistake."))
{
    public override IEnumerable<Finding> Check(CdiReview input)
    {
        if (input.StatedOverall is { } stated && input.CategoryTotal is { } total
            && (stated.Disclosed != total.Disclosed || stated.Recorded != total.Recorded))
        {
            var basis = input.OverallBasis is null ? string.Empty : " (\"" + input.OverallBasis.TrimEnd('.') + "\")";
            yield return Found("overall", "disclosed",
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The categories add up to {total.Disclosed} crimes disclosed and {total.Recorded} recorded, but the overall figure is {stated.Disclosed} disclosed and {stated.Recorded} recorded. The overall figure is stated separately{basis}, so it is not their sum; say how the two relate (overlapping samples, different audits)."),
                stated.Location);
        }
    }
}
