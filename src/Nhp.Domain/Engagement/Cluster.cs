namespace Nhp.Engagement;

/// <summary>
/// A cluster of wards served by one cluster panel and its Dedicated Ward Officers, e.g. <c>North</c>. Immutable.
/// Equality is by reference for <see cref="Wards"/>; compare names to compare clusters.
/// </summary>
public sealed record Cluster
{
    /// <summary>The cluster's name, e.g. <c>High Street</c>; compared case-insensitively.</summary>
    public required string Name { get; init; }

    /// <summary>The sector (e.g. <c>East</c>) the cluster belongs to, or null when not configured.</summary>
    public string? Sector { get; init; }

    /// <summary>The names of the wards in the cluster; empty when the mapping has not been configured.</summary>
    public IReadOnlyList<string> Wards { get => wards; init => wards = value ?? []; }

    private readonly IReadOnlyList<string> wards = [];
}
