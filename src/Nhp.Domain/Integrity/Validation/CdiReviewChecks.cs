using System.Globalization;
using Nhp.Delivery;
using Nhp.Findings;

namespace Nhp.Integrity.Validation;

/// <summary>Runs every check on a review: input validation, then reconciliation and consistency with printed figures.</summary>
internal static class CdiReviewChecks
{
    private static readonly CdiReviewValidator Validator = new();

    public static IReadOnlyList<Finding> Run(CdiReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        var findings = new List<Finding>();
        foreach (var failure in Validator.Validate(review).Errors)
        {
            var state = failure.CustomState as FindingState ?? new FindingState("review", failure.PropertyName, null);
            findings.Add(new Finding(failure.ErrorCode, state.Severity, state.Subject, state.Field, failure.ErrorMessage, state.Location));
        }

        Reconciliation(review, findings);
        PublishedRates(review, findings);
        Timescales(review, findings);
        return findings.OrderByDescending(f => f.Severity).ToArray();
    }

    private static void Reconciliation(CdiReview review, List<Finding> findings)
    {
        if (review.StatedOverall is not { } stated || review.CategoryTotal is not { } total)
        {
            return;
        }

        if (stated.Disclosed != total.Disclosed || stated.Recorded != total.Recorded)
        {
            findings.Add(new Finding(
                "cdi.audit.overall-reconciles",
                Severity.Warning,
                "overall",
                "disclosed",
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The categories add up to {total.Disclosed} crimes disclosed and {total.Recorded} recorded, but the overall figure is {stated.Disclosed} disclosed and {stated.Recorded} recorded. The overall figure is stated separately{(review.OverallBasis is null ? string.Empty : " (\"" + review.OverallBasis.TrimEnd('.') + "\")")}, so it is not their sum; say how the two relate (overlapping samples, different audits)."),
                stated.Location));
        }
    }

    private static void PublishedRates(CdiReview review, List<Finding> findings)
    {
        var results = review.StatedOverall is null ? review.Categories : review.Categories.Prepend(review.StatedOverall);
        foreach (var result in results)
        {
            if (result.PublishedPercent is { } published && result.Compliance is { } compliance)
            {
                var computed = Math.Round((decimal)compliance.Successes * 100m / compliance.Trials, 1, MidpointRounding.AwayFromZero);
                if (Math.Round(published, 1, MidpointRounding.AwayFromZero) != computed)
                {
                    findings.Add(new Finding(
                        "cdi.audit.published-rate-differs",
                        Severity.Warning,
                        result.Category.Name,
                        "rate",
                        string.Create(CultureInfo.InvariantCulture, $"{result.Category.Name}: the paper prints {published}%, but {result.Recorded} of {result.Disclosed} is {computed}%."),
                        result.Location));
                }
            }
        }

        foreach (var period in review.Timeliness)
        {
            if (period.PublishedPercent is { } published && period.Share is { } share)
            {
                var computed = Math.Round((decimal)share.Successes * 100m / share.Trials, 1, MidpointRounding.AwayFromZero);
                if (Math.Round(published, 1, MidpointRounding.AwayFromZero) != computed)
                {
                    findings.Add(new Finding(
                        "cdi.timeliness.published-rate-differs",
                        Severity.Warning,
                        period.Period,
                        "rate",
                        string.Create(CultureInfo.InvariantCulture, $"Timeliness for {period.Period}: the paper prints {published}%, but {share.Successes} of {share.Trials} is {computed}%."),
                        period.Location));
                }
            }
        }
    }

    private static void Timescales(CdiReview review, List<Finding> findings)
    {
        foreach (var recommendation in review.Recommendations)
        {
            var timescale = recommendation.Timescale;
            if (timescale.Kind == TargetKind.Unrecognised || (timescale.HasReview && timescale.ReviewDate is null))
            {
                findings.Add(new Finding(
                    "cdi.recommendation.timescale-unrecognised",
                    Severity.Warning,
                    CdiReviewValidator.Subject(recommendation),
                    "timescale",
                    $"{Capitalised(CdiReviewValidator.Subject(recommendation))}: the timescale '{timescale.Text}' is not a recognisable date; it is kept as written and has no deadline. Check it against the source (a mistyped year?).",
                    recommendation.Location));
            }
            else if (timescale.Kind == TargetKind.None)
            {
                findings.Add(new Finding(
                    "cdi.recommendation.timescale-missing",
                    Severity.Warning,
                    CdiReviewValidator.Subject(recommendation),
                    "timescale",
                    $"{Capitalised(CdiReviewValidator.Subject(recommendation))} has no timescale.",
                    recommendation.Location));
            }
        }
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
