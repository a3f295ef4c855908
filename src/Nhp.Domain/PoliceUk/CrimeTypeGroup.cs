namespace Nhp.PoliceUk;

/// <summary>
/// A named group of police.uk crime types whose monthly counts are added together, e.g. a police.uk approximation of
/// neighbourhood crime. Immutable.
/// </summary>
public sealed record CrimeTypeGroup
{
    /// <summary>Creates a group.</summary>
    /// <param name="name">A short lower-case name, e.g. <c>neighbourhood-crime</c>.</param>
    /// <param name="description">What the group approximates and how.</param>
    /// <param name="crimeTypes">police.uk crime types exactly as written in the files.</param>
    public CrimeTypeGroup(string name, string description, IReadOnlyList<string> crimeTypes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(crimeTypes);
        if (crimeTypes.Count == 0)
        {
            throw new ArgumentException("A crime type group needs at least one crime type.", nameof(crimeTypes));
        }

        Name = name;
        Description = description;
        CrimeTypes = crimeTypes.ToArray();
    }

    /// <summary>The group's name.</summary>
    public string Name { get; }

    /// <summary>What the group approximates and how.</summary>
    public string Description { get; }

    /// <summary>The police.uk crime types in the group.</summary>
    public IReadOnlyList<string> CrimeTypes { get; }

    /// <summary>
    /// <c>neighbourhood-crime</c>: Burglary, Robbery, Vehicle crime and Theft from the person. An approximation: the
    /// national measure counts only residential burglary and personal robbery, which police.uk does not separate.
    /// </summary>
    public static CrimeTypeGroup NeighbourhoodCrime { get; } = new(
        "neighbourhood-crime",
        "police.uk approximation of neighbourhood crime: all burglary and robbery (the national measure counts only residential burglary and personal robbery), vehicle crime and theft from the person.",
        ["Burglary", "Robbery", "Vehicle crime", "Theft from the person"]);

    /// <summary>
    /// <c>violence</c>: police.uk's Violence and sexual offences category, the nearest police.uk category to the
    /// force's violent crime measure.
    /// </summary>
    public static CrimeTypeGroup Violence { get; } = new(
        "violence",
        "police.uk category Violence and sexual offences.",
        ["Violence and sexual offences"]);

    /// <summary>The groups Nhp knows by name.</summary>
    public static IReadOnlyList<CrimeTypeGroup> BuiltIn { get; } = [NeighbourhoodCrime, Violence];

    /// <summary>Finds a built-in group by name (case-insensitive).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The group, or null.</returns>
    public static CrimeTypeGroup? Find(string name) =>
        BuiltIn.FirstOrDefault(g => string.Equals(g.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc />
    public bool Equals(CrimeTypeGroup? other) =>
        other is not null && Name == other.Name && Description == other.Description && CrimeTypes.SequenceEqual(other.CrimeTypes);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, CrimeTypes.Count);
}
