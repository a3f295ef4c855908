using Nhp.Findings;
using Nhp.Integrity.Rules;
using Nhp.Rules;

namespace Nhp.Integrity;

/// <summary>
/// The checks on a crime data integrity review: their stable ids and <see cref="Default"/>, the rule set that runs
/// them (every count, period and list of the review, that nothing is listed twice, that the overall figure reconciles
/// with the categories, that printed rates match their counts, and that recommendations have timescales). Also the
/// ids of the findings of <see cref="TimelinessAnalysis.FromRecords"/>. An id never changes meaning; tools may match on it.
/// </summary>
public static class CdiRules
{
    /// <summary>The area of the crime data integrity rules' descriptors.</summary>
    public const string Area = "integrity";

    /// <summary>Error: a sampling period, timeliness row or flagging audit names no period.</summary>
    public const string PeriodEmpty = "cdi.period.empty";

    /// <summary>Error: a sampling period ends before it starts.</summary>
    public const string PeriodReversed = "cdi.period.reversed";

    /// <summary>Error: a count of crimes disclosed or recorded is negative.</summary>
    public const string AuditCountNegative = "cdi.audit.count-negative";

    /// <summary>Error: a category has no crimes disclosed.</summary>
    public const string NothingDisclosed = "cdi.audit.nothing-disclosed";

    /// <summary>Error: a category records more crimes than were disclosed.</summary>
    public const string RecordedAboveDisclosed = "cdi.audit.recorded-above-disclosed";

    /// <summary>Error: a category is listed more than once.</summary>
    public const string CategoryRepeated = "cdi.audit.category-repeated";

    /// <summary>Error: a timeliness period gives neither counts nor a percentage.</summary>
    public const string TimelinessNoFigure = "cdi.timeliness.no-figure";

    /// <summary>Error: timeliness counts are missing, negative or impossible.</summary>
    public const string TimelinessCountInvalid = "cdi.timeliness.count-invalid";

    /// <summary>Error: a timeliness percentage is not from 0 to 100.</summary>
    public const string TimelinessPercentOutOfRange = "cdi.timeliness.percent-out-of-range";

    /// <summary>Error: a timeliness period is listed more than once.</summary>
    public const string TimelinessPeriodRepeated = "cdi.timeliness.period-repeated";

    /// <summary>Error: a flagging audit count is negative.</summary>
    public const string FlagCountNegative = "cdi.flags.count-negative";

    /// <summary>Error: a crime flag has more than one row.</summary>
    public const string FlagRepeated = "cdi.flags.flag-repeated";

    /// <summary>Error: an equality-data percentage is not from 0 to 100.</summary>
    public const string EqualityPercentOutOfRange = "cdi.equality.percent-out-of-range";

    /// <summary>Error: an equality field is listed more than once.</summary>
    public const string EqualityFieldRepeated = "cdi.equality.field-repeated";

    /// <summary>Error: a recommendation number is not positive.</summary>
    public const string RecommendationNumberInvalid = "cdi.recommendation.number-invalid";

    /// <summary>Error: a recommendation has no text.</summary>
    public const string RecommendationTextEmpty = "cdi.recommendation.text-empty";

    /// <summary>Error: two recommendations share a number.</summary>
    public const string RecommendationNumberRepeated = "cdi.recommendation.number-repeated";

    /// <summary>Warning: the stated overall figure is not the sum of the categories.</summary>
    public const string OverallReconciles = "cdi.audit.overall-reconciles";

    /// <summary>Warning: a printed compliance rate differs from recorded over disclosed.</summary>
    public const string AuditPublishedRateDiffers = "cdi.audit.published-rate-differs";

    /// <summary>Warning: a printed timeliness rate differs from its counts.</summary>
    public const string TimelinessPublishedRateDiffers = "cdi.timeliness.published-rate-differs";

    /// <summary>Warning: a recommendation's timescale is not a recognisable date.</summary>
    public const string TimescaleUnrecognised = "cdi.recommendation.timescale-unrecognised";

    /// <summary>Warning: a recommendation has no timescale.</summary>
    public const string TimescaleMissing = "cdi.recommendation.timescale-missing";

    /// <summary>Warning: a crime record's id appears more than once in a timeliness analysis.</summary>
    public const string TimelinessDuplicateId = "cdi.timeliness.duplicate-id";

    /// <summary>Warning: a crime record has no disclosed or no recorded time.</summary>
    public const string TimelinessMissingInstant = "cdi.timeliness.missing-instant";

    /// <summary>Error: a crime record was recorded before it was disclosed.</summary>
    public const string TimelinessRecordedBeforeDisclosed = "cdi.timeliness.recorded-before-disclosed";

    /// <summary>Every review rule, in the order they run.</summary>
    public static RuleSet<CdiReview> Default { get; } = new(
        "crime data integrity checks",
        [
            new PeriodEmptyRule(),
            new PeriodReversedRule(),
            new AuditCountNegativeRule(),
            new NothingDisclosedRule(),
            new RecordedAboveDisclosedRule(),
            new CategoryRepeatedRule(),
            new TimelinessNoFigureRule(),
            new TimelinessCountInvalidRule(),
            new TimelinessPercentOutOfRangeRule(),
            new TimelinessPeriodRepeatedRule(),
            new FlagCountNegativeRule(),
            new FlagRepeatedRule(),
            new EqualityPercentOutOfRangeRule(),
            new EqualityFieldRepeatedRule(),
            new RecommendationNumberInvalidRule(),
            new RecommendationTextEmptyRule(),
            new RecommendationNumberRepeatedRule(),
            new OverallReconcilesRule(),
            new AuditPublishedRateDiffersRule(),
            new TimelinessPublishedRateDiffersRule(),
            new TimescaleUnrecognisedRule(),
            new TimescaleMissingRule(),
        ]);

    /// <summary>Runs <paramref name="rules"/> (by default <see cref="Default"/>) on a review.</summary>
    /// <param name="review">The review.</param>
    /// <param name="rules">The rules to run, or null for <see cref="Default"/>.</param>
    /// <returns>The findings, most severe first, then in rule order; empty when the review passes.</returns>
    public static IReadOnlyList<Finding> Check(CdiReview review, RuleSet<CdiReview>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(review);
        return [.. (rules ?? Default).Check(review).OrderByDescending(f => f.Severity)];
    }

    /// <summary>
    /// The entry point for crime records whose timeliness is to be measured, the same shape as <see cref="Check"/>: the
    /// records a <see cref="TimelinessAnalysis"/> would leave out of its counts, and why (<see cref="TimelinessDuplicateId"/>,
    /// <see cref="TimelinessMissingInstant"/>, <see cref="TimelinessRecordedBeforeDisclosed"/>), most severe first. The
    /// findings are the analysis's <see cref="TimelinessAnalysis.Findings"/>, which do not depend on the periods or the limit.
    /// </summary>
    /// <param name="records">The records.</param>
    /// <returns>The findings; empty when every record can be counted.</returns>
    public static IReadOnlyList<Finding> CheckTimeliness(IEnumerable<CrimeRecordTiming> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return [.. TimelinessAnalysis.FromRecords(records, _ => string.Empty).Findings.OrderByDescending(f => f.Severity)];
    }

    internal static RuleDescriptor DuplicateIdDescriptor { get; } = new(
        TimelinessDuplicateId,
        Area,
        Severity.Warning,
        "Crime record repeated",
        "Notes a crime whose id appears more than once in the records a timeliness analysis counts. Only its first record is counted, so the repeat should be checked in the source.");

    internal static RuleDescriptor MissingInstantDescriptor { get; } = new(
        TimelinessMissingInstant,
        Area,
        Severity.Warning,
        "Crime record time missing",
        "Notes a crime with no disclosed or no recorded time. Its timeliness cannot be measured, so it is left out of the counts and the committee should know how many were.");

    internal static RuleDescriptor RecordedBeforeDisclosedDescriptor { get; } = new(
        TimelinessRecordedBeforeDisclosed,
        Area,
        Severity.Error,
        "Recorded before disclosed",
        "Checks that no crime was recorded before it was disclosed. One of the two times must be wrong, so the record is left out of the timeliness counts.");

    /// <summary>The descriptors of the timeliness analysis's findings, which come from records rather than a review.</summary>
    internal static IReadOnlyList<RuleDescriptor> AnalysisDescriptors { get; } =
        [DuplicateIdDescriptor, MissingInstantDescriptor, RecordedBeforeDisclosedDescriptor];
}
