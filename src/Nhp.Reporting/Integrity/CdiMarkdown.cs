using Nhp.Findings;
using System.Text;
using Nhp.Integrity;
using Nhp.Reporting.Text;
using static Nhp.Reporting.Integrity.CdiReportModel;

namespace Nhp.Reporting.Integrity;

/// <summary>Renders the CDI report as GitHub-flavoured Markdown.</summary>
internal static class CdiMarkdown
{
    public static string Render(CdiReportModel model)
    {
        var md = new StringBuilder();
        md.Append("# ").Append(Markdown.Text(model.Heading)).Append("\n\n");
        if (model.Review is not { } review)
        {
            md.Append("This dataset has no crime data integrity review.\n");
            return md.ToString();
        }

        md.Append("Crime data integrity and recording overview");
        if (review.SamplingPeriod is { } period)
        {
            md.Append(". Data sample taken from ").Append(Markdown.Text(LowerFirst(period.Text)));
        }

        md.Append(".\n\n");
        Compliance(md, model, review);
        Timeliness(md, review);
        Flags(md, review);
        Equality(md, review);
        Recommendations(md, review);
        Checks(md, model);
        md.Append("## Method\n\n").Append(Markdown.Text(MethodNote)).Append('\n');
        return md.ToString();
    }

    private static void Compliance(StringBuilder md, CdiReportModel model, CdiReview review)
    {
        if (model.Compliance.Count == 0)
        {
            return;
        }

        var judged = review.Policy is not null;
        md.Append("## Compliance\n\n");
        md.Append("| Category | Crimes disclosed | Crimes recorded | Compliance | 95% interval (Wilson) | Margin of error (normal approximation) |");
        md.Append(judged ? " Against target |\n| --- | ---: | ---: | ---: | --- | --- | --- |\n" : "\n| --- | ---: | ---: | ---: | --- | --- |\n");
        foreach (var row in model.Compliance)
        {
            var label = row.IsOverall ? "**" + Markdown.Cell(row.Label) + "**" : Markdown.Cell(row.Label);
            md.Append("| ").Append(label)
                .Append(" | ").Append(Number(row.Result.Disclosed))
                .Append(" | ").Append(Number(row.Result.Recorded))
                .Append(" | ").Append(Percent(row.Result.Compliance))
                .Append(" | ").Append(Range(row.Wilson))
                .Append(" | ").Append(Margin(row.Normal));
            if (judged)
            {
                md.Append(" | ").Append(row.Judgement is { } j ? CdiReportModel.Rag(j.Rating) + ": " + Evidence(j.Evidence) : "—");
            }

            md.Append(" |\n");
        }

        md.Append('\n');
        if (review.OverallBasis is not null || review.PublishedMarginOfError is not null)
        {
            md.Append("As printed: ").Append(Markdown.Text(string.Join(" ", new[] { review.OverallBasis, review.PublishedMarginOfError }.Where(t => t is not null)))).Append("\n\n");
        }

        if (review.Policy is { } policy)
        {
            md.Append("Judged against the force's target of ").Append(Whole(policy.Target)).Append('%')
                .Append(", amber within ").Append(Whole(policy.AmberBand)).Append(" points below it; a rate whose interval reaches the target is never rated red.\n\n");
        }
    }

    private static void Timeliness(StringBuilder md, CdiReview review)
    {
        if (review.Timeliness.Count == 0)
        {
            return;
        }

        md.Append("## Timeliness\n\nCrimes recorded within 24 hours of disclosure.\n\n");
        md.Append("| Period | Recorded within 24 hours | Crimes disclosed | Share within 24 hours |\n| --- | ---: | ---: | ---: |\n");
        foreach (var period in review.Timeliness)
        {
            md.Append("| ").Append(Markdown.Cell(period.Period))
                .Append(" | ").Append(Count(period.WithinLimit))
                .Append(" | ").Append(Count(period.Total))
                .Append(" | ").Append(TimelinessShare(period))
                .Append(" |\n");
        }

        md.Append('\n');
    }

    private static void Flags(StringBuilder md, CdiReview review)
    {
        if (review.Flags is not { } flags)
        {
            return;
        }

        md.Append("## Flagging (").Append(Markdown.Text(flags.Period)).Append(")\n\n");
        md.Append("| Flag | Required and added | Wrongly added | Missed | Required flags applied | Applied flags wrong |\n| --- | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var row in flags.Rows)
        {
            FlagRow(md, Markdown.Cell(row.Flag.Name), row);
        }

        FlagRow(md, "**Total**", flags.Totals);
        md.Append('\n').Append(Markdown.Text(FlagNote)).Append("\n\n");
    }

    private static void FlagRow(StringBuilder md, string name, FlagAuditRow row) =>
        md.Append("| ").Append(name)
            .Append(" | ").Append(Number(row.RequiredAndAdded))
            .Append(" | ").Append(Number(row.WronglyAdded))
            .Append(" | ").Append(Number(row.Missed))
            .Append(" | ").Append(Percent(row.AppliedWhenRequired))
            .Append(" | ").Append(Percent(row.WronglyApplied))
            .Append(" |\n");

    private static void Equality(StringBuilder md, CdiReview review)
    {
        if (review.EqualityData.Count == 0)
        {
            return;
        }

        md.Append("## Equality data\n\n");
        md.Append("| Field | Force policy | Recorded | Judgement | Finding |\n| --- | --- | --- | --- | --- |\n");
        foreach (var entry in review.EqualityData)
        {
            var policy = Policy(entry.Policy) + (entry.PolicyNote is null ? string.Empty : ": " + entry.PolicyNote);
            md.Append("| ").Append(entry.Field.ToString())
                .Append(" | ").Append(Markdown.Cell(policy))
                .Append(" | ").Append(Markdown.Cell(Completeness(entry)))
                .Append(" | ").Append(Judgement(entry.Judge()))
                .Append(" | ").Append(Markdown.Cell(entry.Observation ?? "—"))
                .Append(" |\n");
        }

        md.Append('\n');
    }

    private static void Recommendations(StringBuilder md, CdiReview review)
    {
        if (review.Recommendations.Count == 0)
        {
            return;
        }

        md.Append("## Recommendations\n\n");
        md.Append("| No. | Recommendation | Owner | Timescale | Status |\n| ---: | --- | --- | --- | --- |\n");
        foreach (var recommendation in review.Recommendations)
        {
            md.Append("| ").Append(Number(recommendation.Number))
                .Append(" | ").Append(Markdown.Cell(recommendation.Text))
                .Append(" | ").Append(Markdown.Cell(recommendation.Owner))
                .Append(" | ").Append(Markdown.Cell(Timescale(recommendation.Timescale)))
                .Append(" | ").Append(Markdown.Cell(recommendation.StatusText ?? CdiReportModel.Rag(recommendation.Status)))
                .Append(" |\n");
        }

        md.Append('\n');
    }

    private static void Checks(StringBuilder md, CdiReportModel model)
    {
        md.Append("## Checks\n\n");
        if (model.Findings.Count == 0)
        {
            md.Append("Every figure passed the checks and the overall figure reconciles with the categories.\n\n");
            return;
        }

        foreach (var finding in model.Findings)
        {
            md.Append("- **").Append(finding.Severity.ToText()).Append("** `").Append(finding.RuleId).Append("` (")
                .Append(Markdown.Text(finding.Subject)).Append("): ").Append(Markdown.Text(finding.Message)).Append('\n');
        }

        md.Append('\n');
    }

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}
