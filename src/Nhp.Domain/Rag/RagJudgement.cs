using Nhp.Delivery;
using NodaTime;

namespace Nhp.Rag;

/// <summary>
/// One deliverable judged at one date: the RAG reported, the RAG the rules expect, and the findings that explain the
/// difference. Immutable.
/// </summary>
/// <param name="Subject">The deliverable as the status update reported it.</param>
/// <param name="AsOf">The date judged at.</param>
/// <param name="ExpectedRag">The worst RAG any finding expects (RED over AMBER over GREEN), or the reported RAG when no finding says.</param>
/// <param name="Findings">The findings, in the policy's rule order.</param>
public sealed record RagJudgement(RagSubject Subject, LocalDate AsOf, RagStatus ExpectedRag, IReadOnlyList<RagFinding> Findings)
{
    /// <summary>The RAG the status update gave.</summary>
    public RagStatus ReportedRag => Subject.Reported;

    /// <summary>Whether the rules expect a different RAG from the one reported.</summary>
    public bool Differs => ExpectedRag != ReportedRag;
}
