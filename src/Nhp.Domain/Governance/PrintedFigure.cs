using System.Globalization;
using Nhp.Findings;

namespace Nhp.Governance;

/// <summary>
/// A whole number as a paper printed it, with the sentence or phrase it was printed in, so a report can quote the
/// paper and a check can name the figure. Immutable; equality is by value.
/// </summary>
/// <param name="Value">The number.</param>
/// <param name="Text">The words it was printed in, verbatim (e.g. <c>has closed 142 actions</c>).</param>
/// <param name="Location">Where it was read, when known.</param>
public sealed record PrintedFigure(int Value, string Text, SourceLocation? Location = null)
{
    /// <summary>The number, culture-invariant.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
