using System.Text.Json.Serialization;
using NodaTime;

namespace Nhp.Frameworks;

/// <summary>One unit's self-assessment against a framework on a date (e.g. an LPA in June 2016). Immutable.</summary>
public sealed record SelfAssessment
{
    /// <summary>The unit assessed: an LPA, a sector, a team.</summary>
    public required string Unit { get; init; }

    /// <summary>The date of the assessment.</summary>
    public required LocalDate Date { get; init; }

    /// <summary>Who assessed, as written, or null.</summary>
    public string? AssessedBy { get; init; }

    /// <summary>The ratings, one per statement assessed.</summary>
    public IReadOnlyList<StatementRating> Ratings { get => ratings; init => ratings = value ?? []; }

    private readonly IReadOnlyList<StatementRating> ratings = [];

    /// <summary>The rating of statement <paramref name="statementId"/> (case-insensitive), or null when not rated.</summary>
    /// <param name="statementId">The statement's id.</param>
    /// <returns>The last rating given for it, or null.</returns>
    public StatementRating? RatingOf(string statementId) =>
        Ratings.LastOrDefault(r => string.Equals(r.Statement.Trim(), statementId.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>A label such as <c>Reading LPA, 17 June 2016</c>.</summary>
    [JsonIgnore]
    public string Label => Unit + ", " + Text.Wording.Date(Date);
}
