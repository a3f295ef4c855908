using System.Globalization;
using Nhp.Delivery;
using Nhp.Findings;
using Nhp.Integrity;
using Nhp.Text;

namespace Nhp.Reporting.Integrity;

/// <summary>
/// The figures the CDI report prints, computed once from the review with the domain's queries: each compliance row's
/// estimate (interval and margin, by the review's policy, or the default policy when it has none) and judgement.
/// </summary>
internal sealed record CdiReportModel(
    string Heading,
    CdiReview? Review,
    CompliancePolicy Policy,
    IReadOnlyList<CdiReportModel.ComplianceRow> Compliance,
    IReadOnlyList<Finding> Findings)
{
    public sealed record ComplianceRow(string Label, AuditResult Result, ComplianceEstimate? Estimate, ComplianceJudgement? Judgement, bool IsOverall);

    public static CdiReportModel From(CdiReview? review, string name)
    {
        if (review is null)
        {
            return new CdiReportModel("Crime data integrity: " + name, null, CompliancePolicy.Default, [], []);
        }

        var policy = review.Policy ?? CompliancePolicy.Default;
        var rows = new List<ComplianceRow>();
        if (review.StatedOverall is { } stated)
        {
            rows.Add(Row("Overall (" + (review.OverallBasis is null ? "stated" : "all audits") + ")", stated, isOverall: true));
        }

        rows.AddRange(review.Categories.Select(c => Row(c.Category.Name, c, isOverall: false)));
        if (review.CategoryTotal is { } total && review.Categories.Count > 1)
        {
            rows.Add(Row(review.StatedOverall is null ? "Overall (sum of categories)" : "Sum of categories", total, isOverall: review.StatedOverall is null));
        }

        return new CdiReportModel(review.Title + ": " + name, review, policy, rows, review.Check());

        ComplianceRow Row(string label, AuditResult result, bool isOverall) => new(
            label,
            result,
            result.Compliance is { } c ? policy.Estimate(c) : null,
            result.Compliance is { } j && review.Policy is { } judging ? judging.Judge(j) : null,
            isOverall);
    }

    /// <summary>The interval's name for headings: <c>95% interval (Wilson)</c>.</summary>
    public string IntervalName => Wording.Percent(Policy.Confidence, 0) + " interval (" + MethodName(Policy.Method) + ")";

    public static string MethodName(IntervalMethod method) => method switch
    {
        IntervalMethod.Wilson => "Wilson",
        IntervalMethod.NormalApproximation => "normal approximation",
        _ => "Clopper–Pearson",
    };

    public static string Percent(double rate) => Wording.Percent(rate);

    public static string Percent(Proportion? proportion) => proportion is { } p ? Percent(p.Rate) : "—";

    public static string Whole(double rate) => (rate * 100.0).ToString("0.##", CultureInfo.InvariantCulture);

    public static string Number(int value) => Wording.Number(value);

    public static string Range(ProportionInterval? interval) =>
        interval is null ? "—" : Percent(interval.Lower) + "–" + Percent(interval.Upper);

    /// <summary>The margin of error as the report and <c>nhp cdi interval</c> print it: <c>±4.3 points</c>.</summary>
    public static string Margin(ComplianceEstimate? estimate) =>
        estimate is null ? "—" : "±" + (estimate.MarginOfError * 100.0).ToString("0.0", CultureInfo.InvariantCulture) + " points";

    public static string TimelinessShare(TimelinessPeriod period) => period.Share is { } share
        ? Percent(share.Rate)
        : period.PublishedPercent is { } printed ? printed.ToString("0.0", CultureInfo.InvariantCulture) + "% (as printed; no counts)" : "—";

    public static string Count(int? value) => value is { } v ? Number(v) : "—";

    public static string RecordingPolicy(EqualityRecordingPolicy policy) => policy switch
    {
        EqualityRecordingPolicy.Always => "Record for every victim",
        EqualityRecordingPolicy.OnlyWhereRelevant => "Only where relevant",
        _ => "No field in the system",
    };

    public static string Completeness(EqualityFieldCompleteness entry) =>
        entry.Recorded is { } recorded ? Percent(recorded.Rate) + " (" + Number(recorded.Successes) + " of " + Number(recorded.Trials) + ")"
        : entry.StatedPercent is { } stated ? "about " + stated.ToString("0.#", CultureInfo.InvariantCulture) + "% (stated)"
        : "not measured";

    public static string Judgement(EqualityJudgement judgement) => judgement switch
    {
        EqualityJudgement.MeetsPolicy => "Meets policy",
        EqualityJudgement.GapAgainstPolicy => "Gap against policy",
        EqualityJudgement.RecordedWhereRelevant => "Low share expected by policy",
        EqualityJudgement.NoFieldInSystem => "System gap, not a recording failure",
        _ => "Not measured",
    };

    public static string Timescale(Target timescale)
    {
        if (timescale.Kind == TargetKind.Unrecognised)
        {
            return timescale.Text + " (not a recognised date; kept as printed)";
        }

        if (timescale.Deadline is { } deadline)
        {
            var review = timescale.ReviewDate is { } r ? ", then " + Wording.ShortDate(r) : string.Empty;
            return timescale.Text + " (due " + Wording.ShortDate(deadline) + review + ")";
        }

        return timescale.Kind == TargetKind.None ? "—" : timescale.Text;
    }

    public const string FlagNote =
        "Required flags applied = required and added ÷ (required and added + missed). Applied flags wrong = wrongly added ÷ (required and added + wrongly added). A blank cell in the paper is shown as 0.";

    public string MethodNote
    {
        get
        {
            var confidence = Wording.Percent(Policy.Confidence, 0);
            var kind = Policy.Method switch
            {
                IntervalMethod.Wilson => "Wilson score",
                IntervalMethod.NormalApproximation => "normal-approximation",
                _ => "Clopper–Pearson exact",
            };
            var z = Policy.Confidence == 0.95 ? "1.96" : "z";
            return $"Intervals are {confidence} {kind} intervals for the share of disclosed crimes that were recorded. The margin of error is the {confidence} normal-approximation half-width ({z} × √(p(1 − p)/n)), the figure a paper usually quotes as \"±\". Both treat the audit as a simple random sample; with small categories the interval is wide, so a difference between categories may not be real.";
        }
    }
}
