using Nhp.Delivery;
using Nhp.Findings;
using Nhp.Rules;
using NodaTime;

namespace Nhp.Rag.Rules;

internal sealed class NoTargetDateRule() : RagRule(new RuleDescriptor(RagRules.NoTargetDateId, RagRules.Area, Severity.Warning, "No target date",
        "Checks whether a deliverable in progress (AMBER) or RED has a target of TBC or none. Without a date nobody can tell when it is late, so a date should be agreed."),
    "deliverable {code} is {reported} with target '{target}', so there is no date to judge its progress against; a date should be agreed.",
    null)
{
    protected override bool Holds(RagSubject subject, LocalDate asOf) =>
        subject.Reported is RagStatus.Amber or RagStatus.Red && subject.Target.Kind is TargetKind.ToBeConfirmed or TargetKind.None;
}
