using System.Globalization;
using Nhp.Findings;

namespace Nhp.Integrity.Rules;

// What the crime data integrity rules share: the parts of a review they walk, repeats, rates as printed, subjects.
internal static class CdiRuleText
{
    /// <summary>The stated overall result, when there is one, then every category, in order.</summary>
    public static IEnumerable<AuditResult> Audits(CdiReview review) =>
        review.StatedOverall is null ? review.Categories : review.Categories.Prepend(review.StatedOverall);

    /// <summary>Every sampling period with what it belongs to: the review's own, then each audit's.</summary>
    public static IEnumerable<(string Subject, SamplingPeriod Period, SourceLocation? Location)> SamplingPeriods(CdiReview review)
    {
        if (review.SamplingPeriod is { } own)
        {
            yield return ("review", own, null);
        }

        foreach (var audit in Audits(review).Where(a => a.Period is not null))
        {
            yield return (audit.Category.Name, audit.Period!, audit.Location);
        }
    }

    /// <summary>The items whose key (ignoring case) was already seen, in order.</summary>
    public static IEnumerable<T> Repeated<T>(IEnumerable<T> items, Func<T, string> key)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return items.Where(item => !seen.Add(key(item)));
    }

    /// <summary>Whether a printed percentage, to one decimal place, differs from <paramref name="successes"/> of <paramref name="trials"/>.</summary>
    public static bool PrintedDiffers(decimal printed, int successes, int trials, out decimal computed)
    {
        computed = Math.Round(successes * 100m / trials, 1, MidpointRounding.AwayFromZero);
        return Math.Round(printed, 1, MidpointRounding.AwayFromZero) != computed;
    }

    /// <summary>Whether a percentage is given and outside 0 to 100.</summary>
    public static bool OutOfRange(decimal? percent) => percent is < 0m or > 100m;

    /// <summary>The sentence for a percentage outside 0 to 100: "{what}: 104% is not a percentage from 0 to 100."</summary>
    public static string OutOfRangeMessage(string what, decimal? percent) =>
        string.Create(CultureInfo.InvariantCulture, $"{what}: {percent}% is not a percentage from 0 to 100.");

    public static string Subject(Recommendation recommendation) =>
        "recommendation " + recommendation.Number.ToString(CultureInfo.InvariantCulture);

    public static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
