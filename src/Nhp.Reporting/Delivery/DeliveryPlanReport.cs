using System.Globalization;
using System.Text;
using Nhp.Datasets;
using Nhp.Delivery;
using Nhp.Findings;
using Nhp.Rag;
using Nhp.Reporting.Rag;
using Nhp.Reporting.Text;
using NodaTime;

namespace Nhp.Reporting.Delivery;

/// <summary>
/// The strategy delivery plan as a committee paper (id <c>delivery-plan</c>): the RAG key, a summary of RAG counts per
/// objective and overall, then each objective with its deliverables (code, commitment, summary position, RAG as a word
/// and a colour, target date). Markdown, one self-contained printable HTML page, or CSV in the <see cref="PlanCsv"/>
/// format, which imports again to the same plan. Pure: the same plan gives byte-identical output. Thread-safe.
/// </summary>
/// <remarks>
/// Findings about the plan (from validation or RAG rules) can be shown with it: pass a source of findings to the
/// constructor, or findings to <see cref="Render(DeliveryPlan, ReportFormat, TextWriter, IReadOnlyList{Finding}?)"/>.
/// Findings whose subject is a deliverable code are listed under that deliverable's objective; others at the end.
/// The CSV format never carries findings.
/// </remarks>
public sealed class DeliveryPlanReport : IReport
{
    private readonly Func<DeliveryPlan, IReadOnlyList<Finding>>? checks;
    private readonly Func<DeliveryPlan, ReportFormat, string>? appendix;

    /// <summary>Creates the report with no findings shown.</summary>
    public DeliveryPlanReport()
    {
    }

    /// <summary>Creates the report showing the findings that <paramref name="checks"/> gives for the plan rendered.</summary>
    /// <param name="checks">Gives the findings to show for a plan, for example RAG rules; must be pure.</param>
    public DeliveryPlanReport(Func<DeliveryPlan, IReadOnlyList<Finding>> checks)
    {
        ArgumentNullException.ThrowIfNull(checks);
        this.checks = checks;
    }

    /// <summary>
    /// Creates the report judged by RAG rules: each deliverable's findings at the as-of date under its objective, and
    /// a "Due to change" section listing what turns RED in the next <paramref name="dueWithinDays"/> days if not updated.
    /// </summary>
    /// <param name="policy">The RAG rules, e.g. <see cref="RagPolicy.Default"/> or a force's own.</param>
    /// <param name="asOf">The date to judge at; null for the last day of the plan's latest update month.</param>
    /// <param name="dueWithinDays">How many days ahead "Due to change" looks, 1 to 3660.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dueWithinDays"/> is out of range.</exception>
    public DeliveryPlanReport(RagPolicy policy, LocalDate? asOf = null, int dueWithinDays = RagCheckReport.DefaultDueWithinDays)
    {
        var rag = new RagCheckReport(policy, asOf, dueWithinDays);
        checks = plan => [.. policy.Evaluate(plan, rag.AsOf(plan)).Findings.Select(f => f.Finding)];
        appendix = (plan, format) => format == ReportFormat.Html
            ? RagSections.DueToChangeHtml(policy.DueToTurnRed(RagSubject.Latest(plan), rag.AsOf(plan), dueWithinDays), rag.AsOf(plan), dueWithinDays)
            : RagSections.DueToChangeMarkdown(policy.DueToTurnRed(RagSubject.Latest(plan), rag.AsOf(plan), dueWithinDays), rag.AsOf(plan), dueWithinDays);
    }

    /// <inheritdoc />
    public string Id => "delivery-plan";

    /// <inheritdoc />
    public string Title => "Delivery plan";

    /// <inheritdoc />
    public IReadOnlyList<ReportFormat> Formats { get; } = [ReportFormat.Markdown, ReportFormat.Html, ReportFormat.Csv];

    /// <summary>Renders the dataset's delivery plan; when the dataset has none, says so (CSV: the heading row only).</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="format">Markdown, HTML or CSV.</param>
    /// <param name="writer">Where to write.</param>
    /// <exception cref="NotSupportedException">The format is not one of <see cref="Formats"/>.</exception>
    public void Render(NhpDataset dataset, ReportFormat format, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(writer);
        this.EnsureSupports(format);
        if (dataset.DeliveryPlan is not { } plan)
        {
            writer.Write(format switch
            {
                ReportFormat.Csv => string.Join(",", PlanCsv.Columns) + "\n",
                ReportFormat.Html => Html.Page("Delivery plan", "<h1>Delivery plan</h1>\n<p>" + Html.Escape(dataset.Name) + " has no delivery plan.</p>\n"),
                _ => "# Delivery plan\n\n" + Markdown.Text(dataset.Name) + " has no delivery plan.\n",
            });
            return;
        }

        writer.Write(RenderPlan(plan, format, dataset.Name, checks?.Invoke(plan), appendix?.Invoke(plan, format)));
    }

    /// <summary>Renders a plan on its own (no dataset), optionally with findings about it.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="format">Markdown, HTML or CSV.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="findings">Findings to show with the plan, or null for those of the constructor's source (if any).</param>
    /// <exception cref="NotSupportedException">The format is not one of <see cref="Formats"/>.</exception>
    public void Render(DeliveryPlan plan, ReportFormat format, TextWriter writer, IReadOnlyList<Finding>? findings = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(writer);
        this.EnsureSupports(format);
        writer.Write(RenderPlan(plan, format, null, findings ?? checks?.Invoke(plan), appendix?.Invoke(plan, format)));
    }

    private static string RenderPlan(DeliveryPlan plan, ReportFormat format, string? datasetName, IReadOnlyList<Finding>? findings, string? appendix) => format switch
    {
        ReportFormat.Csv => PlanCsv.Write(plan),
        ReportFormat.Html => RenderHtml(plan, datasetName, findings ?? [], appendix),
        _ => RenderMarkdown(plan, datasetName, findings ?? []) + (appendix is null ? string.Empty : "\n" + appendix),
    };

    private static string PlanTitle(DeliveryPlan plan) => plan.Title ?? "Delivery plan";

    private static string Month(NodaTime.YearMonth month) => month.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string SummaryHeading(DeliveryPlan plan) =>
        plan.AsOf is { } asOf ? $"Summary position ({Month(asOf)})" : "Summary position";

    // The summary of the latest update, marked with its month when it is older than the plan's as-of month.
    private static string Summary(DeliveryPlan plan, Deliverable deliverable) => deliverable.Latest switch
    {
        null => "No update.",
        { } latest when latest.AsOf != plan.AsOf => $"(As of {Month(latest.AsOf)}.) {latest.Summary}",
        { } latest => latest.Summary,
    };

    private static RagStatus Rag(Deliverable deliverable) => deliverable.Latest?.Rag ?? RagStatus.NotRated;

    private static string Emoji(RagStatus status) => status switch
    {
        RagStatus.Green => "🟢",
        RagStatus.Amber => "🟠",
        RagStatus.Red => "🔴",
        _ => "⚪",
    };

    private static string CssClass(RagStatus status) => status switch
    {
        RagStatus.Green => "rag-green",
        RagStatus.Amber => "rag-amber",
        RagStatus.Red => "rag-red",
        _ => "rag-none",
    };

    private static int[] Counts(IEnumerable<Deliverable> deliverables)
    {
        var counts = new int[RagKey.Statuses.Count];
        foreach (var deliverable in deliverables)
        {
            counts[IndexOf(Rag(deliverable))]++;
        }

        return counts;
    }

    private static int IndexOf(RagStatus status)
    {
        for (var i = 0; i < RagKey.Statuses.Count; i++)
        {
            if (RagKey.Statuses[i] == status)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(status), status, "Not a defined RAG status.");
    }

    private static (Dictionary<int, List<Finding>> ByObjective, List<Finding> General) Sort(DeliveryPlan plan, IReadOnlyList<Finding> findings)
    {
        var byObjective = new Dictionary<int, List<Finding>>();
        var general = new List<Finding>();
        foreach (var finding in findings)
        {
            if (DeliverableCode.TryParse(finding.Subject, out var code) && plan.Objectives.Any(o => o.Number == code.Objective))
            {
                if (!byObjective.TryGetValue(code.Objective, out var list))
                {
                    byObjective[code.Objective] = list = [];
                }

                list.Add(finding);
            }
            else
            {
                general.Add(finding);
            }
        }

        return (byObjective, general);
    }

    private static string RenderMarkdown(DeliveryPlan plan, string? datasetName, IReadOnlyList<Finding> findings)
    {
        var md = new StringBuilder();
        md.Append("# ").Append(Markdown.Text(PlanTitle(plan))).Append("\n\n");
        var meta = new List<string>();
        if (datasetName is not null)
        {
            meta.Add(Markdown.Text(datasetName));
        }

        if (plan.AsOf is { } asOf)
        {
            meta.Add("Summary position " + Month(asOf));
        }

        meta.Add(Count(plan.Deliverables.Count()) + " deliverables");
        md.Append(string.Join(" · ", meta)).Append("\n\n");

        md.Append("## RAG key\n\n| Status | Meaning |\n| --- | --- |\n");
        foreach (var status in RagKey.Statuses)
        {
            md.Append("| ").Append(Emoji(status)).Append(' ').Append(RagKey.Word(status)).Append(" | ").Append(Markdown.Cell(RagKey.Meaning(status))).Append(" |\n");
        }

        md.Append("\n## Summary\n\n| Objective |");
        foreach (var status in RagKey.Statuses)
        {
            md.Append(' ').Append(RagKey.Word(status)).Append(" |");
        }

        md.Append(" Total |\n| --- |").Append(string.Concat(Enumerable.Repeat(" ---: |", RagKey.Statuses.Count + 1))).Append('\n');
        foreach (var objective in plan.Objectives)
        {
            AppendCountRow(md, Count(objective.Number) + ". " + Markdown.Cell(objective.Title), Counts(objective.Deliverables));
        }

        AppendCountRow(md, "**All objectives**", Counts(plan.Deliverables));

        var (byObjective, general) = Sort(plan, findings);
        foreach (var objective in plan.Objectives)
        {
            md.Append("\n## Objective ").Append(Count(objective.Number)).Append(": ").Append(Markdown.Text(objective.Title)).Append("\n\n");
            if (objective.Deliverables.Count == 0)
            {
                md.Append("No deliverables.\n");
                continue;
            }

            md.Append("| Deliverable | Commitment | ").Append(SummaryHeading(plan)).Append(" | Progress | Date |\n| --- | --- | --- | --- | --- |\n");
            foreach (var deliverable in objective.Deliverables)
            {
                var rag = Rag(deliverable);
                md.Append("| ").Append(deliverable.Code.ToString())
                    .Append(" | ").Append(Markdown.Cell(deliverable.Commitment))
                    .Append(" | ").Append(Markdown.Cell(Summary(plan, deliverable)))
                    .Append(" | ").Append(Emoji(rag)).Append(' ').Append(RagKey.Word(rag))
                    .Append(" | ").Append(Markdown.Cell(deliverable.Latest?.Target.Text))
                    .Append(" |\n");
            }

            if (byObjective.TryGetValue(objective.Number, out var list))
            {
                md.Append("\nChecks:\n\n");
                AppendFindings(md, list);
            }
        }

        if (general.Count > 0)
        {
            md.Append("\n## Checks\n\n");
            AppendFindings(md, general);
        }

        return md.ToString();
    }

    private static void AppendCountRow(StringBuilder md, string label, int[] counts)
    {
        md.Append("| ").Append(label).Append(" |");
        foreach (var count in counts)
        {
            md.Append(' ').Append(Count(count)).Append(" |");
        }

        md.Append(' ').Append(Count(counts.Sum())).Append(" |\n");
    }

    private static void AppendFindings(StringBuilder md, List<Finding> findings)
    {
        foreach (var finding in findings)
        {
            md.Append("- **").Append(finding.Severity.ToText()).Append("** ").Append(Markdown.Text(finding.Subject)).Append(": ").Append(Markdown.Text(finding.Message)).Append('\n');
        }
    }

    private static string RenderHtml(DeliveryPlan plan, string? datasetName, IReadOnlyList<Finding> findings, string? appendix)
    {
        var body = new StringBuilder();
        body.Append("<h1>").Append(Html.Escape(PlanTitle(plan))).Append("</h1>\n");
        var meta = new List<string>();
        if (datasetName is not null)
        {
            meta.Add(Html.Escape(datasetName));
        }

        if (plan.AsOf is { } asOf)
        {
            meta.Add("Summary position " + Html.Escape(Month(asOf)));
        }

        meta.Add(Count(plan.Deliverables.Count()) + " deliverables");
        body.Append("<p class=\"meta\">").Append(string.Join(" · ", meta)).Append("</p>\n");

        body.Append("<h2>RAG key</h2>\n<table>\n<thead><tr><th scope=\"col\">Status</th><th scope=\"col\">Meaning</th></tr></thead>\n<tbody>\n");
        foreach (var status in RagKey.Statuses)
        {
            body.Append("<tr><td>").Append(Badge(status)).Append("</td><td>").Append(Html.Escape(RagKey.Meaning(status))).Append("</td></tr>\n");
        }

        body.Append("</tbody>\n</table>\n");

        body.Append("<h2>Summary</h2>\n<table>\n<thead><tr><th scope=\"col\">Objective</th>");
        foreach (var status in RagKey.Statuses)
        {
            body.Append("<th scope=\"col\" class=\"num\">").Append(Badge(status)).Append("</th>");
        }

        body.Append("<th scope=\"col\" class=\"num\">Total</th></tr></thead>\n<tbody>\n");
        foreach (var objective in plan.Objectives)
        {
            AppendHtmlCountRow(body, "<th scope=\"row\">" + Count(objective.Number) + ". " + Html.Escape(objective.Title) + "</th>", Counts(objective.Deliverables));
        }

        body.Append("</tbody>\n<tfoot>\n");
        AppendHtmlCountRow(body, "<th scope=\"row\">All objectives</th>", Counts(plan.Deliverables));
        body.Append("</tfoot>\n</table>\n");

        var (byObjective, general) = Sort(plan, findings);
        foreach (var objective in plan.Objectives)
        {
            body.Append("<h2>Objective ").Append(Count(objective.Number)).Append(": ").Append(Html.Escape(objective.Title)).Append("</h2>\n");
            if (objective.Deliverables.Count == 0)
            {
                body.Append("<p>No deliverables.</p>\n");
                continue;
            }

            body.Append("<table>\n<thead><tr><th scope=\"col\">Deliverable</th><th scope=\"col\">Commitment</th><th scope=\"col\">")
                .Append(Html.Escape(SummaryHeading(plan)))
                .Append("</th><th scope=\"col\">Progress</th><th scope=\"col\">Date</th></tr></thead>\n<tbody>\n");
            foreach (var deliverable in objective.Deliverables)
            {
                body.Append("<tr id=\"d").Append(deliverable.Code.ToString()).Append("\"><th scope=\"row\">").Append(deliverable.Code.ToString())
                    .Append("</th><td>").Append(Html.Escape(deliverable.Commitment))
                    .Append("</td><td>").Append(SummaryHtml(Summary(plan, deliverable)))
                    .Append("</td><td>").Append(Badge(Rag(deliverable)))
                    .Append("</td><td>").Append(Html.Escape(deliverable.Latest?.Target.Text))
                    .Append("</td></tr>\n");
            }

            body.Append("</tbody>\n</table>\n");
            if (byObjective.TryGetValue(objective.Number, out var list))
            {
                AppendHtmlFindings(body, list);
            }
        }

        if (general.Count > 0)
        {
            body.Append("<h2>Checks</h2>\n");
            AppendHtmlFindings(body, general);
        }

        body.Append(appendix);
        return Html.Page(PlanTitle(plan), body.ToString());
    }

    private static string Badge(RagStatus status) =>
        "<span class=\"rag " + CssClass(status) + "\">" + Html.Escape(RagKey.Word(status)) + "</span>";

    // Paragraph text, then any "- " lines (lists read from the source) as a list.
    private static string SummaryHtml(string summary)
    {
        var html = new StringBuilder();
        var inList = false;
        foreach (var line in summary.Split('\n'))
        {
            if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                html.Append(inList ? string.Empty : "<ul>").Append("<li>").Append(Html.Escape(line[2..])).Append("</li>");
                inList = true;
                continue;
            }

            if (inList)
            {
                html.Append("</ul>");
                inList = false;
            }

            html.Append(html.Length > 0 ? "<br>" : string.Empty).Append(Html.Escape(line));
        }

        return inList ? html.Append("</ul>").ToString() : html.ToString();
    }

    private static void AppendHtmlCountRow(StringBuilder body, string label, int[] counts)
    {
        body.Append("<tr>").Append(label);
        foreach (var count in counts)
        {
            body.Append("<td class=\"num\">").Append(Count(count)).Append("</td>");
        }

        body.Append("<td class=\"num\">").Append(Count(counts.Sum())).Append("</td></tr>\n");
    }

    private static void AppendHtmlFindings(StringBuilder body, List<Finding> findings)
    {
        foreach (var finding in findings)
        {
            var severity = finding.Severity.ToText();
            body.Append("<p class=\"finding\"><span class=\"severity-").Append(severity).Append("\">").Append(severity).Append("</span> ")
                .Append(Html.Escape(finding.Subject)).Append(": ").Append(Html.Escape(finding.Message)).Append("</p>\n");
        }
    }
}
