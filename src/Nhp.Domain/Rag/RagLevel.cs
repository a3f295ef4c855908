namespace Nhp.Rag;

/// <summary>
/// One level of a <see cref="RagScheme"/>: its label as printed (<c>AMBER/GREEN</c>), what it means, and the colours
/// it is shown in. Immutable; equality is by value.
/// </summary>
/// <param name="Label">The label as a committee paper prints it, e.g. <c>GREEN</c> or <c>Amber/Red</c>.</param>
/// <param name="Definition">What the level means, e.g. <c>Complete/established</c>.</param>
/// <param name="Background">The colour of the level's badge.</param>
/// <param name="Text">The colour of text written on <paramref name="Background"/>.</param>
public sealed record RagLevel(string Label, string Definition, RagColour Background, RagColour Text)
{
    /// <summary>The WCAG 2 contrast ratio of <see cref="Text"/> on <see cref="Background"/>.</summary>
    public double Contrast => RagColour.ContrastRatio(Background, Text);
}
