using Nhp.Delivery;
using Nhp.Findings;
using Nhp.Rules;
using NodaTime;

namespace Nhp.Rag.Rules;

internal sealed class NotRatedRule() : RagRule(new RuleDescriptor(RagRules.NotRatedId, RagRules.Area, Severity.Warning, "Not rated",
        "Checks whether a deliverable has no RAG status. Every deliverable should be rated, or the committee cannot see whether it is on track."),
    "deliverable {code} has no RAG status (target '{target}'); every deliverable should be rated.",
    null)
{
    protected override bool Holds(RagSubject subject, LocalDate asOf) => subject.Reported == RagStatus.NotRated;
}
