namespace Nhp.Rag;

/// <summary>
/// One level of a <see cref="RagScheme"/>: its label as printed (<c>AMBER/GREEN</c>) and what it means. Immutable;
/// equality is by value. How a level is coloured is a matter of presentation, decided by the reporting package.
/// </summary>
/// <param name="Label">The label as a committee paper prints it, e.g. <c>GREEN</c> or <c>Amber/Red</c>.</param>
/// <param name="Definition">What the level means, e.g. <c>Complete/established</c>.</param>
public sealed record RagLevel(string Label, string Definition);
