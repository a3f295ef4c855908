using Nhp.Delivery;
using Nhp.Findings;
using Nhp.Rules;
using NodaTime;

namespace Nhp.Rag.Rules;

internal sealed class GreenWithoutDateRule() : RagRule(new RuleDescriptor(RagRules.GreenWithoutDateId, RagRules.Area, Severity.Warning, "GREEN without a date",
        "Checks whether a deliverable reported GREEN (complete or established) still has a target of TBC or none. Finished work should say when it was completed, so the committee can see it was delivered."),
    "deliverable {code} is reported GREEN (complete/established) but its target is '{target}'; complete work should say when it was completed.",
    null)
{
    protected override bool Holds(RagSubject subject, LocalDate asOf) =>
        subject.Reported == RagStatus.Green && subject.Target.Kind is TargetKind.ToBeConfirmed or TargetKind.None;
}
