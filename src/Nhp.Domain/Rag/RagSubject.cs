using Nhp.Delivery;
using NodaTime;

namespace Nhp.Rag;

/// <summary>
/// What the RAG rules look at for one deliverable in one status update: its code, the RAG it was given, its target
/// and summary as written, and the date of the update that reported them. Immutable; equality is by value.
/// </summary>
/// <param name="Code">The deliverable's code, e.g. <c>3.6</c>.</param>
/// <param name="Reported">The RAG status the update gave.</param>
/// <param name="Target">The target (DATE column) as written.</param>
/// <param name="Summary">The summary position as written; empty when there is none.</param>
/// <param name="UpdatedOn">The date of the status update (the paper's date), or null when unknown.</param>
public sealed record RagSubject(DeliverableCode Code, RagStatus Reported, Target Target, string Summary, LocalDate? UpdatedOn)
{
    /// <summary>The deliverable's code as text, the <see cref="Findings.Finding.Subject"/> of its findings.</summary>
    public string Subject => Code.ToString();
}
