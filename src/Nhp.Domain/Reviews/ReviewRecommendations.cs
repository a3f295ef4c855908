using System.Text.Json.Serialization;
using Nhp.Governance;
using Nhp.Governance.Inspections;
using NodaTime;

namespace Nhp.Reviews;

/// <summary>
/// The register of a review's recommendations (the input of the <c>review-recommendations</c> report and of
/// <see cref="RecommendationRules"/>): the review, when its recommendations were accepted, how many it made as printed,
/// the recommendations listed, and any progress figures a paper printed. Status and reconciliation are the inspection
/// action register's: <see cref="AsActions"/> gives the register as an <see cref="InspectionActionsUpdate"/>, so the
/// open and closed counts, the movement over a period and the governance checks (repeated numbers, closed before
/// accepted, open without an owner, printed totals that do not reconcile or differ from the list) are the same code.
/// Immutable.
/// </summary>
public sealed record ReviewRecommendations
{
    /// <summary>The review's name, e.g. <c>Neighbourhood Policing Review</c>.</summary>
    public required string Review { get; init; }

    /// <summary>The document the recommendations were reported in, or null.</summary>
    public string? Source { get; init; }

    /// <summary>The date the recommendations were accepted (signed off); a recommendation without its own date was raised on it.</summary>
    public required LocalDate Accepted { get; init; }

    /// <summary>The acceptance date as the paper words it (e.g. <c>April 2015</c>), or null.</summary>
    public string? AcceptedText { get; init; }

    /// <summary>The date the register is correct at: open and closed are counted at the end of it.</summary>
    public required LocalDate AsOf { get; init; }

    /// <summary>How many recommendations the review made, as printed ("included 31 recommendations"), or null.</summary>
    public PrintedFigure? PrintedCount { get; init; }

    /// <summary>The start of the period <see cref="Printed"/> counts over, or null for <see cref="Accepted"/>.</summary>
    public LocalDate? Start { get; init; }

    /// <summary>The start as the paper words it, or null.</summary>
    public string? StartText { get; init; }

    /// <summary>Progress figures a paper printed (open at the start, closed and new since, open now), or null.</summary>
    public PrintedActionSummary? Printed { get; init; }

    /// <summary>The recommendations listed, in the review's order; may be fewer than <see cref="PrintedCount"/> when the paper does not print them all.</summary>
    public IReadOnlyList<ReviewRecommendation> Recommendations { get => recommendations; init => recommendations = value ?? []; }

    private readonly IReadOnlyList<ReviewRecommendation> recommendations = [];

    /// <summary>
    /// The register as an inspection actions update: each recommendation an action of kind
    /// <see cref="ActionKind.Recommendation"/>, force-specific, raised on its own date or <see cref="Accepted"/>, set by
    /// <see cref="Review"/>; the period from <see cref="Start"/> (or <see cref="Accepted"/>) to <see cref="AsOf"/>, with
    /// the printed figures. A start after <see cref="AsOf"/> is taken as <see cref="AsOf"/>.
    /// </summary>
    /// <returns>The update, for <see cref="GovernanceRules.CheckActions"/> and the action figures.</returns>
    public InspectionActionsUpdate AsActions()
    {
        var start = Start ?? Accepted;
        if (start > AsOf)
        {
            start = AsOf;
        }

        return new InspectionActionsUpdate
        {
            Title = Review,
            Start = start,
            StartText = Start is null ? AcceptedText : StartText,
            AsOf = AsOf,
            HistoricCutOff = start,
            Printed = Printed,
            Register = new InspectionActionRegister(Recommendations.Select(r => new InspectionAction
            {
                Id = r.Id,
                Kind = ActionKind.Recommendation,
                Inspection = Review,
                Scope = ActionScope.ForceSpecific,
                Owner = r.Owner,
                Raised = r.Raised ?? Accepted,
                Closed = r.Closed,
                StatusText = r.StatusText,
                Text = r.Text,
            })),
        };
    }

    /// <summary>The recommendations open at the end of <see cref="AsOf"/>: accepted by then and not closed by then.</summary>
    [JsonIgnore]
    public IReadOnlyList<ReviewRecommendation> Open => [.. Recommendations.Where(r => (r.Raised ?? Accepted) <= AsOf && (r.Closed is not { } c || c > AsOf))];
}
