namespace Nhp.Metrics;

/// <summary>
/// An outcome a strategy seeks, as the paper words it (e.g. outcome <c>a</c> of an engagement strategy:
/// <c>To improve public trust and confidence in the police</c>). Immutable; equality by value.
/// </summary>
/// <param name="Strategy">The strategy or plan, e.g. <c>Community Engagement Strategic Plan</c>.</param>
/// <param name="Label">The paper's label, e.g. <c>a</c>.</param>
/// <param name="Text">The outcome, verbatim.</param>
public sealed record StrategyOutcome(string Strategy, string Label, string Text);
