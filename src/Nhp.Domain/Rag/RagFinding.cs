using Nhp.Delivery;
using Nhp.Findings;
using NodaTime;

namespace Nhp.Rag;

/// <summary>
/// A finding of a RAG rule, with the RAG the deliverable was reported at and the RAG the rule says it should have
/// at the as-of date (the reported one when the rule does not say). Immutable; equality is by value.
/// </summary>
/// <param name="Finding">The finding: rule id, severity, deliverable code, field <c>rag</c>, message.</param>
/// <param name="ReportedRag">The RAG the status update gave.</param>
/// <param name="ExpectedRag">The RAG the rule expects.</param>
/// <param name="AsOf">The date the deliverable was judged at.</param>
public sealed record RagFinding(Finding Finding, RagStatus ReportedRag, RagStatus ExpectedRag, LocalDate AsOf)
{
    /// <summary>The rule's id, <see cref="Finding.RuleId"/>.</summary>
    public string RuleId => Finding.RuleId;

    /// <summary>The deliverable's code, <see cref="Finding.Subject"/>.</summary>
    public string Subject => Finding.Subject;
}
