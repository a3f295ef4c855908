namespace Nhp.Policing;

/// <summary>
/// A role in a unit with its establishment (the posts funded) and strength (the people in post), as a paper gives
/// them, e.g. PCSOs: strength 4 against an establishment of 5. Immutable.
/// </summary>
/// <param name="Role">The role, e.g. <c>PCSO</c> or <c>Dedicated Ward Officer</c>.</param>
/// <param name="Establishment">The number of posts funded, or null when not stated.</param>
/// <param name="Strength">The number of people in post, or null when not stated.</param>
/// <param name="AsPrinted">The words the figures were taken from, kept verbatim, or null.</param>
public sealed record Staffing(string Role, int? Establishment = null, int? Strength = null, string? AsPrinted = null)
{
    /// <summary>Posts unfilled (establishment minus strength) when both are stated and strength is below; otherwise 0.</summary>
    public int Gap => Establishment is { } e && Strength is { } s && s < e ? e - s : 0;
}
