using Nhp.Findings;

namespace Nhp.Committees;

/// <summary>
/// What the paper rules check: a paper and, for a paper read from a file, where each part of it was read
/// (<see cref="Locate"/>, given a field name such as <see cref="SummaryField"/>), so findings name the line.
/// </summary>
/// <param name="Paper">The paper.</param>
/// <param name="Locate">Where a field was read, or none.</param>
public sealed record PaperCheck(Paper Paper, Func<string, SourceLocation?>? Locate = null)
{
    /// <summary>The field name of the "Committee(s): / Dated:" rows.</summary>
    public const string DatedField = "dated";

    /// <summary>The field name of the funding questions.</summary>
    public const string FundingField = "funding";

    /// <summary>The field name of the summary.</summary>
    public const string SummaryField = "summary";

    /// <summary>The field name of the recommendation(s).</summary>
    public const string RecommendationField = "recommendation";

    /// <summary>The field name of the appendices.</summary>
    public const string AppendicesField = "appendices";

    /// <summary>A paper with no locations converts to a check.</summary>
    /// <param name="paper">The paper.</param>
    public static implicit operator PaperCheck(Paper paper) => new(paper);

    /// <summary>A paper with no locations converts to a check.</summary>
    /// <param name="paper">The paper.</param>
    /// <returns>The check.</returns>
    public static PaperCheck FromPaper(Paper paper) => new(paper);

    /// <summary>Where a field was read, or none.</summary>
    /// <param name="field">The field name.</param>
    /// <returns>The location, or none.</returns>
    public SourceLocation? LocationOf(string field) => Locate?.Invoke(field);
}
