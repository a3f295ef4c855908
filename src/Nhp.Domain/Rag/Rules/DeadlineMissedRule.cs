using Nhp.Delivery;
using Nhp.Findings;
using Nhp.Rules;
using NodaTime;

namespace Nhp.Rag.Rules;

internal sealed class DeadlineMissedRule() : RagRule(new RuleDescriptor(RagRules.DeadlineMissedId, RagRules.Area, Severity.Error, "Deadline missed",
        "Checks whether a deliverable reported AMBER or not rated has passed its target's deadline (the deadline day itself is not missed). By the plan's key such a deliverable is RED, so the committee should see it as RED unless the plan is updated."),
    "deliverable {code} is reported {reported} but its deadline of {deadline} (target '{target}') has passed and it is not complete; by the plan's key it should be {expected} unless it is updated.", RagStatus.Red)
{
    protected override bool Holds(RagSubject subject, LocalDate asOf) =>
        subject.Reported is RagStatus.Amber or RagStatus.NotRated && subject.Target.Deadline is { } deadline && asOf > deadline;
}
