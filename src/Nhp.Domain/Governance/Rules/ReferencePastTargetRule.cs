using Nhp.Findings;
using Nhp.Governance.References;
using Nhp.Rules;
using Nhp.Text;

namespace Nhp.Governance.Rules;

internal sealed class ReferencePastTargetRule() : Rule<OutstandingReferenceList>(new RuleDescriptor(GovernanceRules.ReferencePastTarget, GovernanceRules.Area, Severity.Warning, "Reference open past its target",
    "Checks that no reference still in progress has a target date before the list's meeting. One that has is overdue, and the committee should be told a new date."))
{
    public override IEnumerable<Finding> Check(OutstandingReferenceList input)
    {
        foreach (var reference in input.References)
        {
            if (reference.Status is { State: ReferenceState.InProgress, Target: { } target } && target < input.AsOf)
            {
                yield return Found(reference.Key, "status",
                    $"Reference {reference.Key} is in progress with a target of {reference.Status.TargetText} ({Wording.Date(target)}), which passed before the meeting of {Wording.Date(input.AsOf)}.", reference.Location);
            }
        }
    }
}
