using System.Globalization;
using Nhp.Delivery;
using Nhp.Findings;
using Nhp.Integrity;

namespace Nhp.Reporting.Integrity;

/// <summary>Everything the CDI report prints, computed once so the Markdown and HTML renderers say the same things.</summary>
internal sealed record CdiReportModel(
    string Heading,
    CdiReview? Review,
    IReadOnlyList<CdiReportModel.ComplianceRow> Compliance,
    IReadOnlyList<Finding> Findings)
{
    public const double Confidence = 0.95;

    public sealed record ComplianceRow(string Label, AuditResult Result, ProportionInterval? Wilson, ProportionInterval? Normal, ComplianceJudgement? Judgement, bool IsOverall, bool IsTotal);

    public static CdiReportModel From(CdiReview? review, string name)
    {
        if (review is null)
        {
            return new CdiReportModel("Crime data integrity: " + name, null, [], []);
        }

        var rows = new List<ComplianceRow>();
        if (review.StatedOverall is { } stated)
        {
            rows.Add(Row("Overall (" + (review.OverallBasis is null ? "stated" : "all audits") + ")", stated, review.Policy, isOverall: true, isTotal: false));
        }

        rows.AddRange(review.Categories.Select(c => Row(c.Category.Name, c, review.Policy, isOverall: false, isTotal: false)));
        if (review.CategoryTotal is { } total && review.Categories.Count > 1)
        {
            rows.Add(Row(review.StatedOverall is null ? "Overall (sum of categories)" : "Sum of categories", total, review.Policy, isOverall: review.StatedOverall is null, isTotal: true));
        }

        return new CdiReportModel(review.Title + ": " + name, review, rows, review.Check());
    }

    private static ComplianceRow Row(string label, AuditResult result, CompliancePolicy? policy, bool isOverall, bool isTotal)
    {
        var compliance = result.Compliance;
        return new ComplianceRow(
            label,
            result,
            compliance?.Interval(IntervalMethod.Wilson, Confidence),
            compliance?.Interval(IntervalMethod.NormalApproximation, Confidence),
            compliance is { } c && policy is not null ? policy.Judge(c) : null,
            isOverall,
            isTotal);
    }

    public static string Percent(double rate) => (rate * 100.0).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static string Percent(Proportion? proportion) => proportion is { } p ? Percent(p.Rate) : "—";

    public static string Whole(double rate) => (rate * 100.0).ToString("0.##", CultureInfo.InvariantCulture);

    public static string Points(double rate) => (rate * 100.0).ToString("0.0", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Range(ProportionInterval? interval) =>
        interval is null ? "—" : Percent(interval.Lower) + "–" + Percent(interval.Upper);

    public static string Margin(ProportionInterval? interval) =>
        interval is null ? "—" : "±" + Points(interval.MarginOfError) + " points";

    public static string Rag(RagStatus status) => status switch
    {
        RagStatus.Green => "Green",
        RagStatus.Amber => "Amber",
        RagStatus.Red => "Red",
        _ => "Not rated",
    };

    public static string RagClass(RagStatus status) => status switch
    {
        RagStatus.Green => "rag-green",
        RagStatus.Amber => "rag-amber",
        RagStatus.Red => "rag-red",
        _ => "rag-none",
    };

    public static string Evidence(TargetEvidence evidence) => evidence switch
    {
        TargetEvidence.Meets => "interval above target",
        TargetEvidence.Misses => "interval below target",
        _ => "interval straddles target",
    };

    public static string TimelinessShare(TimelinessPeriod period) => period.Share is { } share
        ? Percent(share.Rate)
        : period.PublishedPercent is { } printed ? printed.ToString("0.0", CultureInfo.InvariantCulture) + "% (as printed; no counts)" : "—";

    public static string Count(int? value) => value is { } v ? Number(v) : "—";

    public static string Policy(EqualityRecordingPolicy policy) => policy switch
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
            var due = deadline.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
            var review = timescale.ReviewDate is { } r ? ", then " + r.ToString("d MMM yyyy", CultureInfo.InvariantCulture) : string.Empty;
            return timescale.Text + " (due " + due + review + ")";
        }

        return timescale.Kind == TargetKind.None ? "—" : timescale.Text;
    }

    public const string FlagNote =
        "Required flags applied = required and added ÷ (required and added + missed). Applied flags wrong = wrongly added ÷ (required and added + wrongly added). A blank cell in the paper is shown as 0.";

    public const string MethodNote =
        "Intervals are 95% Wilson score intervals for the share of disclosed crimes that were recorded. The margin of error is the 95% normal-approximation half-width (1.96 × √(p(1 − p)/n)), the figure a paper usually quotes as \"±\". Both treat the audit as a simple random sample; with small categories the interval is wide, so a difference between categories may not be real.";
}
