using NodaTime;

namespace Nhp.Rag;

/// <summary>What a RAG rule judges: one deliverable as a status update reported it, at an as-of date. Immutable.</summary>
/// <param name="Subject">The deliverable.</param>
/// <param name="AsOf">The date to judge at.</param>
public sealed record RagCheck(RagSubject Subject, LocalDate AsOf);
