using Nhp.Delivery;

namespace Nhp.Metrics;

/// <summary>
/// The RAG of a measure against its target or benchmark (rule <see cref="PerformanceRules.TargetRag"/>), kept apart
/// from the trend arrow: the outcome, its colour and the reason in words. Immutable; equality by value.
/// </summary>
/// <param name="Outcome">Met, within tolerance or missed.</param>
/// <param name="Rag">GREEN, AMBER or RED, from <paramref name="Outcome"/>.</param>
/// <param name="Against">What the figure was judged against, as a phrase (e.g. <c>the target of 95%</c>).</param>
/// <param name="Reason">Why, in a sentence naming the measure, its figure and the target or benchmark.</param>
public sealed record TargetJudgement(TargetOutcome Outcome, RagStatus Rag, string Against, string Reason);
