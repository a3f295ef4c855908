using Nhp.Delivery;

namespace Nhp.Rag;

/// <summary>The trend key's verdict on a measure: an arrow, a RAG colour and the reason in words. Immutable.</summary>
/// <param name="Arrow">The arrow.</param>
/// <param name="Rag">GREEN, AMBER or RED.</param>
/// <param name="Reason">Why, in a sentence naming the measure, the two values and the rule.</param>
public sealed record TrendJudgement(TrendKeyArrow Arrow, RagStatus Rag, string Reason);
