using Nhp.Findings;
using Nhp.Rules;
using NodaTime;

namespace Nhp.Rag.Rules;

internal sealed class ReviewDueRule() : RagRule(new RuleDescriptor(RagRules.ReviewDueId, RagRules.Area, Severity.Info, "Review due",
        "Notes a deliverable whose target has a review date (Complete Review 31/03/2024) that has passed. The committee should hear the review's outcome."),
    "deliverable {code} has target '{target}' and its review date of {review} has passed; the review's outcome should be reported.",
    null)
{
    protected override bool Holds(RagSubject subject, LocalDate asOf) => subject.Target.ReviewDate is { } review && asOf > review;
}
