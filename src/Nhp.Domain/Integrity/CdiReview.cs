using Nhp.Findings;

namespace Nhp.Integrity;

/// <summary>
/// A crime data integrity review as a force reports it to committee: compliance by category and overall, timeliness
/// of recording, a flagging audit, equality-data completeness and recommendations. Holds the figures as given;
/// <see cref="Check"/> says what is wrong or does not reconcile. Immutable (lists by reference).
/// </summary>
/// <param name="Title">The review's title, e.g. <c>Crime Data Integrity Review</c>.</param>
public sealed record CdiReview(string Title)
{
    /// <summary>When the audit sample was taken, as worded.</summary>
    public SamplingPeriod? SamplingPeriod { get; init; }

    /// <summary>
    /// The overall figure when the paper states it independently of the categories (category
    /// <see cref="AuditCategory.All"/>), e.g. 160 of 177 "based on findings across all audits"; null when the overall
    /// figure is simply the sum of the categories.
    /// </summary>
    public AuditResult? StatedOverall { get; init; }

    /// <summary>The paper's note on how the overall figure was found, e.g. <c>Based on findings across all audits.</c></summary>
    public string? OverallBasis { get; init; }

    /// <summary>The paper's own statement of the margin of error, verbatim, e.g. <c>Margin of error is approximately +/- 4%.</c></summary>
    public string? PublishedMarginOfError { get; init; }

    /// <summary>Compliance by category, in the order printed.</summary>
    public IReadOnlyList<AuditResult> Categories { get; init; } = [];

    /// <summary>Timeliness of recording by period, in order.</summary>
    public IReadOnlyList<TimelinessPeriod> Timeliness { get; init; } = [];

    /// <summary>The flagging audit, when there was one.</summary>
    public FlagAudit? Flags { get; init; }

    /// <summary>Equality-data completeness by field.</summary>
    public IReadOnlyList<EqualityFieldCompleteness> EqualityData { get; init; } = [];

    /// <summary>The recommendations, in number order.</summary>
    public IReadOnlyList<Recommendation> Recommendations { get; init; } = [];

    /// <summary>The compliance policy the force judges its rates by, when it has set one; reports omit the judgement otherwise.</summary>
    public CompliancePolicy? Policy { get; init; }

    /// <summary>The sum of the categories (category <see cref="AuditCategory.All"/>), or null when there are none.</summary>
    public AuditResult? CategoryTotal => Categories.Count == 0
        ? null
        : new AuditResult(AuditCategory.All, Categories.Sum(c => c.Disclosed), Categories.Sum(c => c.Recorded)) { Period = SamplingPeriod };

    /// <summary>The overall figure: <see cref="StatedOverall"/> when stated, else <see cref="CategoryTotal"/>.</summary>
    public AuditResult? Overall => StatedOverall ?? CategoryTotal;

    /// <summary>
    /// Every problem in the review: invalid counts and periods, repeated categories, flags or recommendation numbers
    /// (errors); an overall figure that does not reconcile with its categories, printed rates that differ from the
    /// counts, timescales Nhp cannot read (warnings). Each finding names its subject and, for data read from a file,
    /// its line.
    /// </summary>
    /// <returns>The findings of <see cref="CdiRules.Default"/>, errors first, then rule by rule in input order.</returns>
    public IReadOnlyList<Finding> Check() => CdiRules.Check(this);
}
