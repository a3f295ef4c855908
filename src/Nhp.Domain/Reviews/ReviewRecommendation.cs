using NodaTime;

namespace Nhp.Reviews;

/// <summary>
/// One recommendation of a review (such as a force's review of neighbourhood policing): its number, its wording when
/// known, the pillar of the strategy it serves, who owns it, and when it was accepted and closed. Tracked as the
/// inspection action register tracks actions (<see cref="ReviewRecommendations.AsActions"/>): open on a date when accepted
/// by then and not closed by then; the status text is kept as written. Immutable.
/// </summary>
public sealed record ReviewRecommendation
{
    /// <summary>The recommendation's number or reference as the review gives it (e.g. <c>12</c> or <c>R12</c>), unique in its register.</summary>
    public required string Id { get; init; }

    /// <summary>The recommendation's wording, verbatim, or null when the register does not hold it.</summary>
    public string? Text { get; init; }

    /// <summary>The pillar (or theme) of the strategy the recommendation serves, e.g. <c>Visibility</c>, or null.</summary>
    public string? Pillar { get; init; }

    /// <summary>The person or post that owns the recommendation, or null.</summary>
    public string? Owner { get; init; }

    /// <summary>The date the recommendation was accepted, or null for the date the review was (<see cref="ReviewRecommendations.Accepted"/>).</summary>
    public LocalDate? Raised { get; init; }

    /// <summary>The date the recommendation was signed off as done, or null while it is open.</summary>
    public LocalDate? Closed { get; init; }

    /// <summary>The status as the tracker words it (e.g. <c>In progress: training cascaded</c>), verbatim, or null.</summary>
    public string? StatusText { get; init; }
}
