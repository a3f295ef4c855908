using Nhp.Findings;
using Nhp.Governance.References;
using Nhp.Rules;

namespace Nhp.Governance.Rules;

internal sealed class ReferenceWithoutOwnerRule() : Rule<OutstandingReferenceList>(new RuleDescriptor(GovernanceRules.ReferenceWithoutOwner, GovernanceRules.Area, Severity.Warning, "Reference without an owner",
    "Checks that every reference names an owner. An open reference with nobody named is warned about; a complete one is only noted, since the record should still say who did it."))
{
    public override IEnumerable<Finding> Check(OutstandingReferenceList input)
    {
        foreach (var reference in input.References.Where(r => string.IsNullOrWhiteSpace(r.Owner)))
        {
            yield return reference.Status.State == ReferenceState.Complete
                ? FoundAt(Severity.Info, reference.Key, "owner", $"Reference {reference.Key} is complete but names no owner.", reference.Location)
                : Found(reference.Key, "owner", $"Reference {reference.Key} is not complete and names no owner, so nobody is accountable for it.", reference.Location);
        }
    }
}
