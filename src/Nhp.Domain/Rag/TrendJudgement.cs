using Nhp.Delivery;

namespace Nhp.Rag;

/// <summary>
/// The trend key's verdict on a measure: an arrow, a RAG colour and the reason in words, with the key's wording and a
/// text symbol for the report. Immutable; equality by value.
/// </summary>
/// <param name="Arrow">The arrow.</param>
/// <param name="Rag">GREEN, AMBER or RED.</param>
/// <param name="Reason">Why, in a sentence naming the measure, the two values and the rule that decided.</param>
public sealed record TrendJudgement(TrendKeyArrow Arrow, RagStatus Rag, string Reason)
{
    /// <summary>The key's wording for this arrow and colour, verbatim from the paper (see <see cref="TrendKey.KeyText"/>).</summary>
    public string KeyText => TrendKey.KeyText(Arrow, Rag);

    /// <summary>A text symbol for the arrow: <c>↑</c>, <c>→</c> or <c>↓</c> (see <see cref="TrendKey.Symbol"/>).</summary>
    public string Symbol => TrendKey.Symbol(Arrow);
}
