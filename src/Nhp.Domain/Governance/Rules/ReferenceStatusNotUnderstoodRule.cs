using Nhp.Findings;
using Nhp.Governance.References;
using Nhp.Rules;

namespace Nhp.Governance.Rules;

internal sealed class ReferenceStatusNotUnderstoodRule() : Rule<OutstandingReferenceList>(new RuleDescriptor(GovernanceRules.ReferenceStatusNotUnderstood, GovernanceRules.Area, Severity.Warning, "Reference status not understood",
    "Notes a reference whose status says neither complete nor in progress, or whose reference is not in the form number/year/suffix. It is listed as written, but cannot be counted as open or closed."))
{
    public override IEnumerable<Finding> Check(OutstandingReferenceList input)
    {
        foreach (var reference in input.References)
        {
            if (reference.Reference is null)
            {
                yield return Found(reference.Key, "reference", $"\"{reference.ReferenceText}\" is not a reference in the form number/year/suffix (like 7/2023/P).", reference.Location);
            }

            if (reference.Status.State == ReferenceState.NotUnderstood)
            {
                yield return Found(reference.Key, "status", $"Reference {reference.Key}: the status \"{reference.Status.Text}\" says neither complete nor in progress.", reference.Location);
            }
        }
    }
}
