using Nhp.Delivery;
using NodaTime;

namespace Nhp.Rag;

/// <summary>The judgement of every deliverable of a status update at one as-of date, in code order. Immutable.</summary>
/// <param name="AsOf">The date judged at.</param>
/// <param name="Judgements">One judgement per deliverable, in code order.</param>
[Nhp.Display.TypeFormatterSource(typeof(Nhp.Display.NotebookFormatterSource))]
public sealed record RagEvaluation(LocalDate AsOf, IReadOnlyList<RagJudgement> Judgements)
{
    /// <summary>All findings, deliverable by deliverable in code order.</summary>
    public IEnumerable<RagFinding> Findings => Judgements.SelectMany(j => j.Findings);

    /// <summary>The deliverables with at least one finding, in code order.</summary>
    public IEnumerable<RagJudgement> WithFindings => Judgements.Where(j => j.Findings.Count > 0);

    /// <summary>The deliverables whose reported RAG differs from the one the rules expect, in code order.</summary>
    public IEnumerable<RagJudgement> Differing => Judgements.Where(j => j.Differs);

    /// <summary>The deliverables the rules expect to be RED that were not reported RED: "what has turned red".</summary>
    public IEnumerable<RagJudgement> TurnedRed => Judgements.Where(j => j.ExpectedRag == RagStatus.Red && j.ReportedRag != RagStatus.Red);

    /// <summary>Whether any finding is an error.</summary>
    public bool HasErrors => Findings.Any(f => f.Finding.Severity == Nhp.Findings.Severity.Error);
}
