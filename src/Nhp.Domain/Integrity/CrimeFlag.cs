namespace Nhp.Integrity;

/// <summary>
/// A Home Office mandated crime flag (Hate, Business, Metal, Domestic, Online, CSA, CSE, Alcohol, Corrosive, HBA), or
/// one a force adds. Immutable; equality is by <see cref="Name"/>, ignoring case.
/// </summary>
public sealed record CrimeFlag
{
    private CrimeFlag(string name, string description)
    {
        Name = name;
        Description = description;
    }

    /// <summary>The flag as the paper names it, e.g. <c>HBA</c>.</summary>
    public string Name { get; }

    /// <summary>What the flag marks, in words, e.g. <c>honour-based abuse</c>.</summary>
    public string Description { get; }

    /// <summary>Whether this is one of the Home Office flags in <see cref="HomeOffice"/>.</summary>
    public bool IsHomeOffice => HomeOffice.Contains(this);

    /// <summary>The ten Home Office flags, in the order the review's table prints them.</summary>
    public static IReadOnlyList<CrimeFlag> HomeOffice { get; } =
    [
        new("Hate", "hate crime"),
        new("Business", "crime against a business"),
        new("Metal", "metal theft"),
        new("Domestic", "domestic abuse"),
        new("Online", "online crime"),
        new("CSA", "child sexual abuse"),
        new("CSE", "child sexual exploitation"),
        new("Alcohol", "alcohol-related"),
        new("Corrosive", "corrosive substance"),
        new("HBA", "honour-based abuse"),
    ];

    /// <summary>A Home Office flag by name (any case), or a custom flag with that name.</summary>
    /// <param name="name">The flag's name; not empty.</param>
    /// <returns>The flag.</returns>
    /// <exception cref="ArgumentException">The name is empty or white space.</exception>
    public static CrimeFlag Named(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var trimmed = name.Trim();
        return HomeOffice.FirstOrDefault(f => string.Equals(f.Name, trimmed, StringComparison.OrdinalIgnoreCase))
            ?? new CrimeFlag(trimmed, "force flag");
    }

    /// <inheritdoc />
    public bool Equals(CrimeFlag? other) => other is not null && string.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Name);

    /// <summary>The flag's name.</summary>
    /// <returns><see cref="Name"/>.</returns>
    public override string ToString() => Name;
}
