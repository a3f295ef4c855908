using Nhp.Findings;
using Nhp.Governance.References;
using Nhp.Rules;

namespace Nhp.Governance.Rules;

internal sealed class ReferenceRepeatedRule() : Rule<OutstandingReferenceList>(new RuleDescriptor(GovernanceRules.ReferenceRepeated, GovernanceRules.Area, Severity.Error, "Reference listed twice",
    "Checks that no reference appears twice in the list (spaces ignored, so 10/2023/ P and 10/2023/P are the same). Two rows with one reference are two actions under one number, or one action listed twice."))
{
    public override IEnumerable<Finding> Check(OutstandingReferenceList input)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var reference in input.References.Where(r => !seen.Add(r.Key)))
        {
            yield return Found(reference.Key, "reference", $"Reference {reference.Key} is listed more than once.", reference.Location);
        }
    }
}
