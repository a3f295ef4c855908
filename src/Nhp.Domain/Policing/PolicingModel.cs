using NodaTime;
using Nhp.Engagement;

namespace Nhp.Policing;

/// <summary>
/// How a force organises neighbourhood policing: sectors, clusters and wards (the ward-to-cluster mapping the
/// engagement checks can use), hubs and teams with their roles, establishment and strength, accountable posts,
/// activity results and reviews. The input of the <c>policing-model</c> report and of
/// <see cref="PolicingModelRules"/>. Immutable; text from papers is kept as written.
/// </summary>
public sealed record PolicingModel
{
    /// <summary>The model's name, e.g. <c>Sector Policing Model</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The date the description is correct at; results and staffing are as at this date.</summary>
    public required LocalDate AsOf { get; init; }

    /// <summary>The date the model went live, or null.</summary>
    public LocalDate? GoLive { get; init; }

    /// <summary>Wards, sectors and clusters; the ward lists of clusters are the model's ward-to-cluster mapping.</summary>
    public PlaceConfiguration Places { get => places; init => places = value ?? new PlaceConfiguration(); }

    private readonly PlaceConfiguration places = new();

    /// <summary>The units: command, sectors, hubs and teams.</summary>
    public IReadOnlyList<PolicingUnit> Units { get => units; init => units = value ?? []; }

    private readonly IReadOnlyList<PolicingUnit> units = [];

    /// <summary>The named accountable posts.</summary>
    public IReadOnlyList<AccountablePost> Posts { get => posts; init => posts = value ?? []; }

    private readonly IReadOnlyList<AccountablePost> posts = [];

    /// <summary>Activity results the model reports (counts over stated periods).</summary>
    public IReadOnlyList<ActivityResult> Results { get => results; init => results = value ?? []; }

    private readonly IReadOnlyList<ActivityResult> results = [];

    /// <summary>External reviews of the model.</summary>
    public IReadOnlyList<PeerReview> Reviews { get => reviews; init => reviews = value ?? []; }

    private readonly IReadOnlyList<PeerReview> reviews = [];

    /// <summary>Successes reported, as written.</summary>
    public IReadOnlyList<string> Successes { get => successes; init => successes = value ?? []; }

    private readonly IReadOnlyList<string> successes = [];

    /// <summary>Challenges reported, as written.</summary>
    public IReadOnlyList<string> Challenges { get => challenges; init => challenges = value ?? []; }

    private readonly IReadOnlyList<string> challenges = [];

    /// <summary>The cluster a ward is mapped to (case-insensitive), or null when the model maps it to none.</summary>
    /// <param name="ward">The ward's name.</param>
    /// <returns>The cluster, or null.</returns>
    public Cluster? ClusterOf(string ward) =>
        Places.Clusters.FirstOrDefault(c => c.Wards.Any(w => string.Equals(w.Trim(), ward.Trim(), StringComparison.OrdinalIgnoreCase)));
}
