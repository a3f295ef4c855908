using Nhp.Datasets;
using Nhp.Delivery;
using Nhp.Findings;
using Nhp.Rag;
using Nhp.Reporting.Documents;
using Nhp.Reporting.Rag;
using Nhp.Reporting.Rendering;
using Nhp.Text;
using NodaTime;

namespace Nhp.Reporting.Delivery;

/// <summary>
/// The strategy delivery plan as a committee paper (id <c>delivery-plan</c>): the RAG key, a summary of RAG counts per
/// objective and overall, then each objective with its deliverables (code, commitment, summary position, RAG as a word
/// and a colour, target date). Markdown, one self-contained printable HTML page, plain text, or a CSV export in the
/// <see cref="PlanCsv"/> format, which imports again to the same plan. Pure: the same plan gives byte-identical
/// output. Thread-safe.
/// </summary>
/// <remarks>
/// Findings about the plan (from validation or RAG rules) can be shown with it: pass a source of findings to the
/// constructor, or findings to <see cref="Build(DeliveryPlan, IReadOnlyList{Finding}?)"/>. Findings whose subject is a
/// deliverable code are listed under that deliverable's objective (<see cref="DeliveryPlan.ObjectiveOf"/>); others at
/// the end. Each finding shows its severity and rule id. The CSV export never carries findings.
/// </remarks>
public sealed class DeliveryPlanReport : DocumentReport
{
    private readonly Func<DeliveryPlan, IReadOnlyList<Finding>>? checks;
    private readonly Action<DeliveryPlan, DocumentBuilder>? appendix;

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
    /// <param name="asOf">The date to judge at; null for the date the plan speaks for (<see cref="DeliveryPlan.AsOfDate"/>).</param>
    /// <param name="dueWithinDays">How many days ahead "Due to change" looks, 1 to 3660.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dueWithinDays"/> is out of range.</exception>
    public DeliveryPlanReport(RagPolicy policy, LocalDate? asOf = null, int dueWithinDays = RagCheckReport.DefaultDueWithinDays)
    {
        var rag = new RagCheckReport(policy, asOf, dueWithinDays);
        checks = plan => [.. policy.Evaluate(plan, rag.AsOf(plan)).Findings.Select(f => f.Finding)];
        appendix = (plan, doc) =>
        {
            var date = rag.AsOf(plan);
            doc.DueToChange(policy.DueToTurnRed(RagSubject.Latest(plan), date, dueWithinDays), date, dueWithinDays);
        };
    }

    /// <inheritdoc />
    public override string Id => "delivery-plan";

    /// <inheritdoc />
    public override string Title => "Delivery plan";

    /// <inheritdoc />
    protected override IReadOnlyList<ReportFormat> ExportFormats { get; } = [ReportFormat.Csv];

    /// <summary>The dataset's delivery plan as a document; when the dataset has none, a document that says so.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The document.</returns>
    public override Document Build(NhpDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return dataset.DeliveryPlan is { } plan
            ? Build(plan, dataset.Name, checks?.Invoke(plan))
            : new DocumentBuilder(Title).Paragraph(dataset.Name + " has no delivery plan.").Build();
    }

    /// <summary>A plan on its own (no dataset) as a document, optionally with findings about it.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="findings">Findings to show with the plan, or null for those of the constructor's source (if any).</param>
    /// <returns>The document.</returns>
    public Document Build(DeliveryPlan plan, IReadOnlyList<Finding>? findings = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Build(plan, null, findings ?? checks?.Invoke(plan));
    }

    /// <summary>Renders a plan on its own (no dataset), optionally with findings about it.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="format">One of <see cref="DocumentReport.Formats"/>.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="findings">Findings to show with the plan, or null for those of the constructor's source (if any).</param>
    /// <exception cref="NotSupportedException">The format is not one of <see cref="DocumentReport.Formats"/>.</exception>
    public void Render(DeliveryPlan plan, ReportFormat format, TextWriter writer, IReadOnlyList<Finding>? findings = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(writer);
        this.EnsureSupports(format);
        if (format == ReportFormat.Csv)
        {
            writer.Write(PlanCsv.Write(plan));
        }
        else
        {
            DocumentRenderer.For(format).Render(Build(plan, findings), writer);
        }
    }

    /// <summary>Writes the CSV export: the plan in the <see cref="PlanCsv"/> format (the heading row only when the dataset has no plan).</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="format">CSV.</param>
    /// <param name="writer">Where to write.</param>
    protected override void RenderExport(NhpDataset dataset, ReportFormat format, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(dataset.DeliveryPlan is { } plan ? PlanCsv.Write(plan) : string.Join(",", PlanCsv.Columns) + "\n");
    }

    private Document Build(DeliveryPlan plan, string? datasetName, IReadOnlyList<Finding>? findings)
    {
        var doc = new DocumentBuilder(plan.Title ?? Title).Subtitle(Subtitle(plan, datasetName));
        doc.Heading("RAG key").Table(
            [new("Status"), new("Meaning")],
            RagKey.Statuses.Select(s => TableRow.Of(RagBadge.For(s), RagKey.Meaning(s))));

        doc.Heading("Summary").Table(
            [new("Objective"), .. RagKey.Statuses.Select(s => TableColumn.Numeric(Wording.Rag(s))), TableColumn.Numeric("Total")],
            plan.Objectives.Select(o => CountRow(Wording.Number(o.Number) + ". " + o.Title, o.Deliverables)),
            totals: CountRow("All objectives", [.. plan.Deliverables]),
            rowHeaders: true);

        var all = findings ?? [];
        // The plan's as-of month scans every deliverable: computed once, not once a row (that made rendering quadratic).
        var planAsOf = plan.AsOf;
        // Findings grouped by objective once (as DeliveryPlan.ObjectiveOf assigns them), not searched once an objective.
        var numbers = plan.Objectives.Select(o => o.Number).ToHashSet();
        var byObjective = all.ToLookup(f => DeliverableCode.TryParse(f.Subject, out var code) && numbers.Contains(code.Objective) ? code.Objective : (int?)null);
        var summaryHeading = planAsOf is { } month ? $"Summary position ({Wording.Month(month)})" : "Summary position";
        foreach (var objective in plan.Objectives)
        {
            doc.Heading($"Objective {Wording.Number(objective.Number)}: {objective.Title}");
            if (objective.Deliverables.Count == 0)
            {
                doc.Paragraph("No deliverables.");
                continue;
            }

            doc.Table(
                [new("Deliverable"), new("Commitment"), new(summaryHeading), new("Progress"), new("Date")],
                objective.Deliverables.Select(d => TableRow.Of(
                    d.Code.ToString(),
                    d.Commitment,
                    Summary(planAsOf, d),
                    RagBadge.For(d.Rag),
                    d.Latest is { } latest ? latest.Target.Text : TableCell.Empty)),
                rowHeaders: true);
            var checksOfObjective = byObjective[objective.Number].ToArray();
            if (checksOfObjective.Length > 0)
            {
                doc.Subheading($"Checks on objective {Wording.Number(objective.Number)}").Findings(checksOfObjective);
            }
        }

        var general = byObjective[null].ToArray();
        if (general.Length > 0)
        {
            doc.Heading("Checks").Findings(general);
        }

        appendix?.Invoke(plan, doc);
        return doc.Build();
    }

    private static Inline[] Subtitle(DeliveryPlan plan, string? datasetName)
    {
        var parts = new List<string>();
        if (datasetName is not null)
        {
            parts.Add(datasetName);
        }

        if (plan.AsOf is { } month)
        {
            parts.Add("Summary position " + Wording.Month(month));
        }

        parts.Add(Wording.Count(plan.Deliverables.Count(), "deliverable", "deliverables"));
        return [string.Join(" · ", parts)];
    }

    // The summary of the latest update, marked with its month when it is older than the plan's as-of month.
    private static string Summary(YearMonth? planAsOf, Deliverable deliverable) => deliverable.Latest switch
    {
        null => "No update.",
        { } latest when latest.AsOf != planAsOf => $"(As of {Wording.Month(latest.AsOf)}.) {latest.Summary}",
        { } latest => latest.Summary,
    };

    private static TableRow CountRow(string label, IReadOnlyCollection<Deliverable> deliverables) =>
        new([label, .. RagKey.Statuses.Select(s => (TableCell)Wording.Number(deliverables.Count(d => d.Rag == s))), Wording.Number(deliverables.Count)]);
}
