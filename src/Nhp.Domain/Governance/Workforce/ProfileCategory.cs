using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Nhp.Governance.Workforce;

/// <summary>
/// One category of a diversity characteristic (<c>Female</c> of gender, <c>Under 26</c> of age) with its figure as
/// printed: a share in percent, a count, or both, and the words it was printed in. Immutable; equality is by value.
/// </summary>
public sealed partial record ProfileCategory
{
    /// <summary>The category's label as printed (e.g. <c>Ethnic Minority</c>, <c>Not Stated or Prefer not to say</c>).</summary>
    public required string Label { get; init; }

    /// <summary>The share as printed, in percent (<c>26</c> for "26%"), or null when only a count is given.</summary>
    public decimal? Share { get; init; }

    /// <summary>The number of people, or null when only a share is given.</summary>
    public int? Count { get; init; }

    /// <summary>
    /// Whether the category holds those who did not state it (not stated, prefer not to say, not known); null to judge
    /// by the label (<see cref="LooksNotStated"/>).
    /// </summary>
    public bool? NotStated { get; init; }

    /// <summary>The words the figure was printed in, verbatim (e.g. <c>26% Female</c>, <c>Under 26: 11%</c>), or null.</summary>
    public string? Text { get; init; }

    /// <summary>Whether the category holds those who did not state it: <see cref="NotStated"/>, or else what the label says.</summary>
    [JsonIgnore]
    public bool IsNotStated => NotStated ?? LooksNotStated(Label);

    /// <summary>
    /// Whether a label names those who did not state a characteristic: it contains "not stated", "prefer not to say",
    /// "not known", "unknown", "not declared", "undisclosed", "not recorded" or "not given" (any case).
    /// </summary>
    /// <param name="label">The label.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public static bool LooksNotStated(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return NotStatedWords().IsMatch(label);
    }

    [GeneratedRegex(@"\b(?:not\s+stated|prefer\s+not\s+to\s+(?:say|state)|not\s+known|unknown|not\s+declared|undeclared|undisclosed|not\s+disclosed|not\s+recorded|not\s+given)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotStatedWords();
}
