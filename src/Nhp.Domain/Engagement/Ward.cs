namespace Nhp.Engagement;

/// <summary>
/// A ward of the area a force polices, e.g. <c>Castle Ward</c>. Immutable; equality is by value.
/// </summary>
public sealed record Ward
{
    /// <summary>The ward's name as the local authority spells it; compared case-insensitively.</summary>
    public required string Name { get; init; }

    /// <summary>How many Common Councillors the ward elects, when known.</summary>
    public int? CommonCouncillors { get; init; }

    /// <summary>Whether the ward is a residential ward, when known.</summary>
    public bool? Residential { get; init; }
}
