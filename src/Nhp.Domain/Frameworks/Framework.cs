using System.Text.Json.Serialization;

namespace Nhp.Frameworks;

/// <summary>
/// A strategy framework: pillars, each with statements to assess (for example the four pillars of neighbourhood
/// policing, <see cref="KnownFrameworks.FourPillars"/>, or a force's own). Immutable.
/// </summary>
public sealed record Framework
{
    /// <summary>The framework's name, e.g. <c>Four pillars of neighbourhood policing</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Where the framework is set out (a document, a strategy), or null.</summary>
    public string? Source { get; init; }

    /// <summary>The pillars, in the framework's order.</summary>
    public IReadOnlyList<Pillar> Pillars { get => pillars; init => pillars = value ?? []; }

    private readonly IReadOnlyList<Pillar> pillars = [];

    /// <summary>Every statement with its pillar, in framework order.</summary>
    [JsonIgnore]
    public IEnumerable<(Pillar Pillar, FrameworkStatement Statement)> Statements =>
        Pillars.SelectMany(p => p.Statements.Select(s => (p, s)));

    /// <summary>The statement with id <paramref name="id"/> (case-insensitive), or null.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The statement, or null when the framework has none with that id.</returns>
    public FrameworkStatement? FindStatement(string? id) =>
        id is null ? null : Statements.Select(x => x.Statement).FirstOrDefault(s => string.Equals(s.Id.Trim(), id.Trim(), StringComparison.OrdinalIgnoreCase));
}
