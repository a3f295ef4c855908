using Nhp.Committees.Rules;
using Nhp.Findings;
using Nhp.Rules;

namespace Nhp.Committees;

/// <summary>
/// The rules for what committees send back: a paper with no recommendation, a public paper with a non-public
/// appendix, funding questions left blank, a summary longer than a page, an undated paper.
/// </summary>
public static class PaperRules
{
    /// <summary>The area of the paper rules.</summary>
    public const string Area = "paper";

    /// <summary>The paper asks members for nothing: no recommendation.</summary>
    public const string RecommendationMissing = "paper.recommendation.missing";

    /// <summary>A public paper lists a non-public appendix.</summary>
    public const string AppendixNotPublic = "paper.appendix.not-public";

    /// <summary>A funding question is left blank.</summary>
    public const string FundingUnanswered = "paper.funding.unanswered";

    /// <summary>The summary is longer than a page (by <see cref="PageEstimate"/>).</summary>
    public const string SummaryTooLong = "paper.summary.too-long";

    /// <summary>The paper has no date for any committee.</summary>
    public const string DateMissing = "paper.date.missing";

    /// <summary>Every paper rule, in order.</summary>
    public static RuleSet<PaperCheck> Default { get; } = new(
        "paper",
        [new RecommendationMissingRule(), new AppendixNotPublicRule(), new FundingUnansweredRule(), new SummaryTooLongRule(), new DateMissingRule()]);

    /// <summary>Runs <see cref="Default"/> on a paper.</summary>
    /// <param name="check">The paper and where its parts were read.</param>
    /// <returns>The findings, most severe first.</returns>
    public static IReadOnlyList<Finding> Check(PaperCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return [.. Default.Check(check).OrderByDescending(f => f.Severity)];
    }
}
