using NodaTime;
using Nhp.Engagement;
using Nhp.Metrics;

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

    /// <summary>
    /// The activity results as series of the metrics model, one per activity and qualifier (<see cref="ActivityResult.Label"/>,
    /// compared ignoring case), in order of first appearance: each a count measure (<see cref="MeasureUnit.Count"/>,
    /// neither direction better, reported at <see cref="MeasureFrequency.Irregular"/> dates) whose figures are the
    /// results' <see cref="ActivityResult.Figure"/>s. Two results of one activity for the same period keep the first.
    /// </summary>
    /// <returns>The series; empty when the model reports no results.</returns>
    public IReadOnlyList<DatedSeries> ActivitySeries() =>
        [.. Results
            .GroupBy(r => r.Label.Trim(), StringComparer.OrdinalIgnoreCase)
            .Select(g => new DatedSeries(
                ActivityMeasure(g.First()),
                g.Select(r => r.Figure).DistinctBy(f => (f.Since, f.AsOf))))];

    /// <summary>The cluster a ward is mapped to (case-insensitive), or null when the model maps it to none.</summary>
    /// <param name="ward">The ward's name.</param>
    /// <returns>The cluster, or null.</returns>
    public Cluster? ClusterOf(string ward) =>
        Places.Clusters.FirstOrDefault(c => c.Wards.Any(w => string.Equals(w.Trim(), ward.Trim(), StringComparison.OrdinalIgnoreCase)));

    private MeasureDefinition ActivityMeasure(ActivityResult result) => new(
        MeasureId(result.Label),
        result.Label,
        result.Label,
        $"The count of {result.Label} the {Name} reports, over the period each figure states.",
        "As the paper counts it; the words each figure was taken from are kept with it.",
        MeasureUnit.Count,
        DirectionOfGood.Neutral,
        MeasureFrequency.Irregular,
        Name,
        Name);

    // A lower-case id of letters, digits and single hyphens: "Criminal Behaviour Orders (granted)" is criminal-behaviour-orders-granted.
    private static string MeasureId(string label)
    {
        var id = new System.Text.StringBuilder(label.Length);
        foreach (var c in label.Trim().ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                id.Append(c);
            }
            else if (id.Length > 0 && id[^1] != '-')
            {
                id.Append('-');
            }
        }

        return id.ToString().TrimEnd('-') is { Length: > 0 } text ? text : "activity";
    }
}
