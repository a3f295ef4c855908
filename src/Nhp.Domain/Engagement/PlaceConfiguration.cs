namespace Nhp.Engagement;

/// <summary>
/// The places engagement is organised by: wards, sectors and clusters. This is configuration, not fact from the
/// papers: a force's papers may not map its wards to the police clusters, so the ward lists are supplied by the user
/// and checked against <see cref="Wards"/> (every ward in at most one cluster; unknown names rejected with the name).
/// Immutable.
/// </summary>
public sealed record PlaceConfiguration
{
    /// <summary>Every ward of the area. Cluster ward lists may only name these.</summary>
    public IReadOnlyList<Ward> Wards { get => wards; init => wards = value ?? []; }

    private readonly IReadOnlyList<Ward> wards = [];

    /// <summary>The sectors clusters are grouped into, e.g. <c>East</c> and <c>West</c>.</summary>
    public IReadOnlyList<string> Sectors { get => sectors; init => sectors = value ?? []; }

    private readonly IReadOnlyList<string> sectors = [];

    /// <summary>The clusters, one cluster panel each.</summary>
    public IReadOnlyList<Cluster> Clusters { get => clusters; init => clusters = value ?? []; }

    private readonly IReadOnlyList<Cluster> clusters = [];

    /// <summary>Where the ward-to-cluster mapping came from, or why it is empty; shown in the report.</summary>
    public string? MappingNote { get; init; }

    /// <summary>Finds a cluster by name (case-insensitive).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The cluster, or null when none has that name.</returns>
    public Cluster? FindCluster(string? name) =>
        name is null ? null : Clusters.FirstOrDefault(c => string.Equals(c.Name.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase));
}
