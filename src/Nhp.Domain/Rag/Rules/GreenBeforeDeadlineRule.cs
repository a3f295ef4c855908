using Nhp.Delivery;
using Nhp.Findings;
using Nhp.Rules;
using NodaTime;

namespace Nhp.Rag.Rules;

internal sealed class GreenBeforeDeadlineRule() : RagRule(new RuleDescriptor(RagRules.GreenBeforeDeadlineId, RagRules.Area, Severity.Info, "GREEN before its deadline",
        "Notes a deliverable reported GREEN before its target's deadline day. By the plan's key GREEN means complete or established, while work still on track is AMBER, so it is worth confirming the work is really complete."),
    "deliverable {code} is reported GREEN ahead of its deadline of {deadline}; by the plan's key GREEN means complete/established, while work still on track is AMBER.",
    null)
{
    protected override bool Holds(RagSubject subject, LocalDate asOf) =>
        subject.Reported == RagStatus.Green && subject.Target.Deadline is { } deadline && asOf < deadline;
}
