using System.Globalization;

namespace Nhp.Findings;

/// <summary>
/// Where in an input something was read: a file (or other source name) and a 1-based line number, either of which
/// may be unknown. Immutable; equality is by value.
/// </summary>
/// <param name="Source">The file name or other name of the input, or null when unknown.</param>
/// <param name="Line">The 1-based line number, or null when unknown.</param>
public sealed record SourceLocation(string? Source, int? Line)
{
    /// <summary>
    /// The location as people write it: <c>plan.txt:12</c>, <c>plan.txt</c>, <c>line 12</c>, or an empty string when
    /// nothing is known.
    /// </summary>
    /// <returns>The formatted location, culture-invariant.</returns>
    public override string ToString() => (Source, Line) switch
    {
        (not null, not null) => string.Create(CultureInfo.InvariantCulture, $"{Source}:{Line}"),
        (not null, null) => Source,
        (null, not null) => string.Create(CultureInfo.InvariantCulture, $"line {Line}"),
        _ => string.Empty,
    };
}
