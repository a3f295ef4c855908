using Nhp.Findings;
using System.Globalization;
using System.Text;
using Nhp.Integrity;
using Nhp.Reporting.Text;
using static Nhp.Reporting.Integrity.CdiReportModel;

namespace Nhp.Reporting.Integrity;

/// <summary>Renders the CDI report as one self-contained HTML page, with the intervals drawn as an SVG chart.</summary>
internal static class CdiHtml
{
    public static string Render(CdiReportModel model)
    {
        var body = new StringBuilder();
        body.Append("<h1>").Append(Html.Escape(model.Heading)).Append("</h1>\n");
        if (model.Review is not { } review)
        {
            body.Append("<p>This dataset has no crime data integrity review.</p>\n");
            return Html.Page(model.Heading, body.ToString());
        }

        body.Append("<p class=\"meta\">Crime data integrity and recording overview");
        if (review.SamplingPeriod is { } period)
        {
            body.Append(". Data sample taken from ").Append(Html.Escape(LowerFirst(period.Text)));
        }

        body.Append(".</p>\n");
        Compliance(body, model, review);
        Timeliness(body, review);
        Flags(body, review);
        Equality(body, review);
        Recommendations(body, review);
        Checks(body, model);
        body.Append("<h2>Method</h2>\n<p>").Append(Html.Escape(MethodNote)).Append("</p>\n");
        return Html.Page(model.Heading, body.ToString());
    }

    private static void Compliance(StringBuilder body, CdiReportModel model, CdiReview review)
    {
        if (model.Compliance.Count == 0)
        {
            return;
        }

        var judged = review.Policy is not null;
        body.Append("<h2>Compliance</h2>\n");
        body.Append(IntervalChart.Render(model.Compliance, review.Policy?.Target));
        body.Append("<table>\n<thead><tr><th scope=\"col\">Category</th><th scope=\"col\" class=\"num\">Crimes disclosed</th><th scope=\"col\" class=\"num\">Crimes recorded</th><th scope=\"col\" class=\"num\">Compliance</th><th scope=\"col\">95% interval (Wilson)</th><th scope=\"col\">Margin of error (normal approximation)</th>");
        body.Append(judged ? "<th scope=\"col\">Against target</th></tr></thead>\n<tbody>\n" : "</tr></thead>\n<tbody>\n");
        foreach (var row in model.Compliance)
        {
            var label = row.IsOverall ? "<strong>" + Html.Escape(row.Label) + "</strong>" : Html.Escape(row.Label);
            body.Append("<tr><th scope=\"row\">").Append(label)
                .Append("</th><td class=\"num\">").Append(Number(row.Result.Disclosed))
                .Append("</td><td class=\"num\">").Append(Number(row.Result.Recorded))
                .Append("</td><td class=\"num\">").Append(Percent(row.Result.Compliance))
                .Append("</td><td>").Append(Range(row.Wilson))
                .Append("</td><td>").Append(Margin(row.Normal)).Append("</td>");
            if (judged)
            {
                body.Append("<td>");
                if (row.Judgement is { } j)
                {
                    body.Append("<span class=\"rag ").Append(RagClass(j.Rating)).Append("\">").Append(CdiReportModel.Rag(j.Rating)).Append("</span> ")
                        .Append(Html.Escape(j.Explanation));
                }
                else
                {
                    body.Append('—');
                }

                body.Append("</td>");
            }

            body.Append("</tr>\n");
        }

        body.Append("</tbody>\n</table>\n");
        if (review.OverallBasis is not null || review.PublishedMarginOfError is not null)
        {
            body.Append("<p>As printed: ").Append(Html.Escape(string.Join(" ", new[] { review.OverallBasis, review.PublishedMarginOfError }.Where(t => t is not null)))).Append("</p>\n");
        }

        if (review.Policy is { } policy)
        {
            body.Append("<p>Judged against the force&#39;s target of ").Append(Whole(policy.Target)).Append('%')
                .Append(", amber within ").Append(Whole(policy.AmberBand)).Append(" points below it; a rate whose interval reaches the target is never rated red.</p>\n");
        }
    }

    private static void Timeliness(StringBuilder body, CdiReview review)
    {
        if (review.Timeliness.Count == 0)
        {
            return;
        }

        body.Append("<h2>Timeliness</h2>\n<p>Crimes recorded within 24 hours of disclosure.</p>\n");
        body.Append("<table>\n<thead><tr><th scope=\"col\">Period</th><th scope=\"col\" class=\"num\">Recorded within 24 hours</th><th scope=\"col\" class=\"num\">Crimes disclosed</th><th scope=\"col\" class=\"num\">Share within 24 hours</th></tr></thead>\n<tbody>\n");
        foreach (var period in review.Timeliness)
        {
            body.Append("<tr><th scope=\"row\">").Append(Html.Escape(period.Period))
                .Append("</th><td class=\"num\">").Append(Count(period.WithinLimit))
                .Append("</td><td class=\"num\">").Append(Count(period.Total))
                .Append("</td><td class=\"num\">").Append(Html.Escape(TimelinessShare(period)))
                .Append("</td></tr>\n");
        }

        body.Append("</tbody>\n</table>\n");
    }

    private static void Flags(StringBuilder body, CdiReview review)
    {
        if (review.Flags is not { } flags)
        {
            return;
        }

        body.Append("<h2>Flagging (").Append(Html.Escape(flags.Period)).Append(")</h2>\n");
        body.Append("<table>\n<thead><tr><th scope=\"col\">Flag</th><th scope=\"col\" class=\"num\">Required and added</th><th scope=\"col\" class=\"num\">Wrongly added</th><th scope=\"col\" class=\"num\">Missed</th><th scope=\"col\" class=\"num\">Required flags applied</th><th scope=\"col\" class=\"num\">Applied flags wrong</th></tr></thead>\n<tbody>\n");
        foreach (var row in flags.Rows)
        {
            FlagRow(body, Html.Escape(row.Flag.Name), row);
        }

        body.Append("</tbody>\n<tfoot>\n");
        FlagRow(body, "Total", flags.Totals);
        body.Append("</tfoot>\n</table>\n<p>").Append(Html.Escape(FlagNote)).Append("</p>\n");
    }

    private static void FlagRow(StringBuilder body, string name, FlagAuditRow row) =>
        body.Append("<tr><th scope=\"row\">").Append(name)
            .Append("</th><td class=\"num\">").Append(Number(row.RequiredAndAdded))
            .Append("</td><td class=\"num\">").Append(Number(row.WronglyAdded))
            .Append("</td><td class=\"num\">").Append(Number(row.Missed))
            .Append("</td><td class=\"num\">").Append(Percent(row.AppliedWhenRequired))
            .Append("</td><td class=\"num\">").Append(Percent(row.WronglyApplied))
            .Append("</td></tr>\n");

    private static void Equality(StringBuilder body, CdiReview review)
    {
        if (review.EqualityData.Count == 0)
        {
            return;
        }

        body.Append("<h2>Equality data</h2>\n");
        body.Append("<table>\n<thead><tr><th scope=\"col\">Field</th><th scope=\"col\">Force policy</th><th scope=\"col\">Recorded</th><th scope=\"col\">Judgement</th><th scope=\"col\">Finding</th></tr></thead>\n<tbody>\n");
        foreach (var entry in review.EqualityData)
        {
            var policy = Policy(entry.Policy) + (entry.PolicyNote is null ? string.Empty : ": " + entry.PolicyNote);
            body.Append("<tr><th scope=\"row\">").Append(entry.Field.ToString())
                .Append("</th><td>").Append(Html.Escape(policy))
                .Append("</td><td>").Append(Html.Escape(Completeness(entry)))
                .Append("</td><td>").Append(Html.Escape(Judgement(entry.Judge())))
                .Append("</td><td>").Append(Html.Escape(entry.Observation ?? "—"))
                .Append("</td></tr>\n");
        }

        body.Append("</tbody>\n</table>\n");
    }

    private static void Recommendations(StringBuilder body, CdiReview review)
    {
        if (review.Recommendations.Count == 0)
        {
            return;
        }

        body.Append("<h2>Recommendations</h2>\n");
        body.Append("<table>\n<thead><tr><th scope=\"col\" class=\"num\">No.</th><th scope=\"col\">Recommendation</th><th scope=\"col\">Owner</th><th scope=\"col\">Timescale</th><th scope=\"col\">Status</th></tr></thead>\n<tbody>\n");
        foreach (var recommendation in review.Recommendations)
        {
            body.Append("<tr><td class=\"num\">").Append(Number(recommendation.Number))
                .Append("</td><td>").Append(Html.Escape(recommendation.Text))
                .Append("</td><td>").Append(Html.Escape(recommendation.Owner))
                .Append("</td><td>").Append(Html.Escape(Timescale(recommendation.Timescale)))
                .Append("</td><td><span class=\"rag ").Append(RagClass(recommendation.Status)).Append("\">")
                .Append(Html.Escape(recommendation.StatusText ?? CdiReportModel.Rag(recommendation.Status)))
                .Append("</span></td></tr>\n");
        }

        body.Append("</tbody>\n</table>\n");
    }

    private static void Checks(StringBuilder body, CdiReportModel model)
    {
        body.Append("<h2>Checks</h2>\n");
        if (model.Findings.Count == 0)
        {
            body.Append("<p>Every figure passed the checks and the overall figure reconciles with the categories.</p>\n");
            return;
        }

        body.Append("<ul>\n");
        foreach (var finding in model.Findings)
        {
            var severity = finding.Severity.ToText();
            body.Append("<li class=\"finding\"><span class=\"severity-").Append(severity).Append("\">").Append(severity).Append("</span> <code>")
                .Append(Html.Escape(finding.RuleId)).Append("</code> (").Append(Html.Escape(finding.Subject)).Append("): ")
                .Append(Html.Escape(finding.Message)).Append("</li>\n");
        }

        body.Append("</ul>\n");
    }

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}

/// <summary>
/// Draws compliance rates with their intervals as an inline SVG (no script): one row per result, a line from the lower
/// to the upper bound, a dot at the rate, on a 0–100% axis, with the target as a dashed line when there is one.
/// </summary>
internal static class IntervalChart
{
    private const int LabelWidth = 230;
    private const int PlotWidth = 400;
    private const int RowHeight = 26;
    private const int Top = 10;
    private const int AxisHeight = 30;

    public static string Render(IReadOnlyList<CdiReportModel.ComplianceRow> rows, double? target)
    {
        var drawn = rows.Where(r => r.Wilson is not null).ToArray();
        if (drawn.Length == 0)
        {
            return string.Empty;
        }

        var width = LabelWidth + PlotWidth + 20;
        var height = Top + (drawn.Length * RowHeight) + AxisHeight;
        var svg = new StringBuilder();
        svg.Append("<figure>\n");
        svg.Append(string.Create(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"cdi-chart-title\" font-family=\"Arial, sans-serif\" font-size=\"12\">\n"));
        svg.Append("<title id=\"cdi-chart-title\">Compliance with 95% Wilson intervals</title>\n");
        var plotBottom = Top + (drawn.Length * RowHeight);
        foreach (var tick in new[] { 0, 25, 50, 75, 100 })
        {
            var x = X(tick / 100.0);
            svg.Append(string.Create(CultureInfo.InvariantCulture, $"<line x1=\"{x}\" y1=\"{Top}\" x2=\"{x}\" y2=\"{plotBottom}\" stroke=\"#b1b4b6\" stroke-width=\"1\"/>\n"));
            svg.Append(string.Create(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{plotBottom + 16}\" text-anchor=\"middle\" fill=\"#505a5f\">{tick}%</text>\n"));
        }

        if (target is { } t)
        {
            var x = X(t);
            svg.Append(string.Create(CultureInfo.InvariantCulture, $"<line x1=\"{x}\" y1=\"{Top}\" x2=\"{x}\" y2=\"{plotBottom}\" stroke=\"#d4351c\" stroke-width=\"2\" stroke-dasharray=\"4 3\"><title>Target {CdiReportModel.Whole(t)}%</title></line>\n"));
        }

        for (var i = 0; i < drawn.Length; i++)
        {
            var row = drawn[i];
            var interval = row.Wilson!;
            var y = Top + (i * RowHeight) + (RowHeight / 2.0);
            var weight = row.IsOverall ? " font-weight=\"bold\"" : string.Empty;
            svg.Append(string.Create(CultureInfo.InvariantCulture, $"<g><title>{Html.Escape(row.Label)}: {CdiReportModel.Percent(interval.Rate)}, 95% interval {CdiReportModel.Range(interval)}</title>\n"));
            svg.Append(string.Create(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 8}\" y=\"{F(y + 4)}\" text-anchor=\"end\" fill=\"#0b0c0c\"{weight}>{Html.Escape(row.Label)}</text>\n"));
            svg.Append(string.Create(CultureInfo.InvariantCulture, $"<line x1=\"{F(X(interval.Lower))}\" y1=\"{F(y)}\" x2=\"{F(X(interval.Upper))}\" y2=\"{F(y)}\" stroke=\"#0b0c0c\" stroke-width=\"3\"/>\n"));
            svg.Append(string.Create(CultureInfo.InvariantCulture, $"<circle cx=\"{F(X(interval.Rate))}\" cy=\"{F(y)}\" r=\"5\" fill=\"#1d70b8\"/>\n"));
            svg.Append("</g>\n");
        }

        svg.Append("</svg>\n");
        svg.Append("<figcaption>Compliance (dot) with its 95% Wilson interval (line)");
        if (target is { } target2)
        {
            svg.Append("; the dashed line is the target of ").Append(CdiReportModel.Whole(target2)).Append('%');
        }

        svg.Append(".</figcaption>\n</figure>\n");
        return svg.ToString();
    }

    private static double X(double rate) => LabelWidth + (rate * PlotWidth);

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
