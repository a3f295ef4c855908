using Nhp.Findings;
using System.Globalization;
using System.Text;
using Nhp.Rag;
using Nhp.Reporting.Text;
using NodaTime;

namespace Nhp.Reporting.Rag;

// The RAG parts of a delivery plan report: the findings per deliverable at the report's as-of date, and what is due
// to turn red in the next days if nobody updates it. Markdown and HTML fragments, built with '\n' only.
internal static class RagSections
{
    public static string FindingsMarkdown(RagEvaluation evaluation)
    {
        var md = new StringBuilder();
        md.Append("## RAG check as at ").Append(RagMarkup.Date(evaluation.AsOf)).Append("\n\n");
        var judged = evaluation.Judgements.Where(j => j.Findings.Count > 0).ToArray();
        md.Append(Counts(evaluation)).Append("\n\n");
        if (judged.Length == 0)
        {
            return md.ToString();
        }

        md.Append("| Deliverable | Reported | Expected | Severity | Rule | Finding |\n");
        md.Append("| --- | --- | --- | --- | --- | --- |\n");
        foreach (var j in judged)
        {
            foreach (var f in j.Findings)
            {
                md.Append("| ").Append(Markdown.Cell(f.Subject))
                    .Append(" | ").Append(RagMarkup.Word(f.ReportedRag))
                    .Append(" | ").Append(RagMarkup.Word(f.ExpectedRag))
                    .Append(" | ").Append(f.Finding.Severity.ToText())
                    .Append(" | ").Append(Markdown.Cell(f.RuleId))
                    .Append(" | ").Append(Markdown.Cell(f.Finding.Message))
                    .Append(" |\n");
            }
        }

        md.Append('\n');
        return md.ToString();
    }

    public static string FindingsHtml(RagEvaluation evaluation)
    {
        var html = new StringBuilder();
        html.Append("<h2>RAG check as at ").Append(Html.Escape(RagMarkup.Date(evaluation.AsOf))).Append("</h2>\n");
        html.Append("<p>").Append(Html.Escape(Counts(evaluation))).Append("</p>\n");
        var judged = evaluation.Judgements.Where(j => j.Findings.Count > 0).ToArray();
        if (judged.Length == 0)
        {
            return html.ToString();
        }

        html.Append("<table>\n<thead><tr><th scope=\"col\">Deliverable</th><th scope=\"col\">Reported</th><th scope=\"col\">Expected</th><th scope=\"col\">Findings</th></tr></thead>\n<tbody>\n");
        foreach (var j in judged)
        {
            html.Append("<tr><th scope=\"row\">").Append(Html.Escape(j.Subject.Subject))
                .Append("</th><td>").Append(RagMarkup.Badge(j.ReportedRag))
                .Append("</td><td>").Append(RagMarkup.Badge(j.ExpectedRag))
                .Append("</td><td>").Append(FindingsCellHtml(j))
                .Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        return html.ToString();
    }

    // The findings of one deliverable, for a cell of a per-deliverable table.
    public static string FindingsCellMarkdown(RagJudgement judgement) =>
        string.Join("<br>", judgement.Findings.Select(f => Markdown.Cell($"{f.Finding.Severity.ToText()} {f.RuleId}: {f.Finding.Message}")));

    public static string FindingsCellHtml(RagJudgement judgement) =>
        string.Concat(judgement.Findings.Select(f =>
            $"<p class=\"finding\">{RagMarkup.SeverityHtml(f.Finding.Severity)} <code>{Html.Escape(f.RuleId)}</code>: {Html.Escape(f.Finding.Message)}</p>"));

    public static string DueToChangeMarkdown(IReadOnlyList<RagTurn> turns, LocalDate asOf, int days)
    {
        var md = new StringBuilder();
        md.Append("## Due to change\n\n");
        md.Append(DueIntro(turns, asOf, days)).Append("\n\n");
        if (turns.Count == 0)
        {
            return md.ToString();
        }

        md.Append("| Deliverable | Reported | Target | Turns RED on | Why |\n");
        md.Append("| --- | --- | --- | --- | --- |\n");
        foreach (var t in turns)
        {
            md.Append("| ").Append(Markdown.Cell(t.Subject.Subject))
                .Append(" | ").Append(RagMarkup.Word(t.Subject.Reported))
                .Append(" | ").Append(Markdown.Cell(t.Subject.Target.Text))
                .Append(" | ").Append(RagMarkup.Date(t.On))
                .Append(" | ").Append(Markdown.Cell(t.Finding.Finding.Message))
                .Append(" |\n");
        }

        md.Append('\n');
        return md.ToString();
    }

    public static string DueToChangeHtml(IReadOnlyList<RagTurn> turns, LocalDate asOf, int days)
    {
        var html = new StringBuilder();
        html.Append("<h2>Due to change</h2>\n");
        html.Append("<p>").Append(Html.Escape(DueIntro(turns, asOf, days))).Append("</p>\n");
        if (turns.Count == 0)
        {
            return html.ToString();
        }

        html.Append("<table>\n<thead><tr><th scope=\"col\">Deliverable</th><th scope=\"col\">Reported</th><th scope=\"col\">Target</th><th scope=\"col\">Turns RED on</th><th scope=\"col\">Why</th></tr></thead>\n<tbody>\n");
        foreach (var t in turns)
        {
            html.Append("<tr><th scope=\"row\">").Append(Html.Escape(t.Subject.Subject))
                .Append("</th><td>").Append(RagMarkup.Badge(t.Subject.Reported))
                .Append("</td><td>").Append(Html.Escape(t.Subject.Target.Text))
                .Append("</td><td>").Append(Html.Escape(RagMarkup.Date(t.On)))
                .Append("</td><td>").Append(Html.Escape(t.Finding.Finding.Message))
                .Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        return html.ToString();
    }

    private static string DueIntro(IReadOnlyList<RagTurn> turns, LocalDate asOf, int days)
    {
        var until = RagMarkup.Date(asOf.PlusDays(days));
        var n = turns.Count;
        return n == 0
            ? string.Create(CultureInfo.InvariantCulture, $"No deliverable turns RED between {RagMarkup.Date(asOf)} and {until} (the next {days} days) if not updated.")
            : string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? "deliverable turns" : "deliverables turn")} RED between {RagMarkup.Date(asOf)} and {until} (the next {days} days) if not updated.");
    }

    private static string N(int n, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many)}");

    private static string Counts(RagEvaluation evaluation)
    {
        var findings = evaluation.Findings.ToArray();
        int Of(Findings.Severity s) => findings.Count(f => f.Finding.Severity == s);
        var differ = evaluation.Judgements.Count(j => j.Differs);
        return $"{N(evaluation.Judgements.Count, "deliverable", "deliverables")} checked against the RAG rules: "
            + $"{N(Of(Findings.Severity.Error), "error", "errors")}, {N(Of(Findings.Severity.Warning), "warning", "warnings")}, {N(Of(Findings.Severity.Info), "note", "notes")}; "
            + $"{N(differ, "deliverable", "deliverables")} with a RAG that the rules expect to be different.";
    }
}
