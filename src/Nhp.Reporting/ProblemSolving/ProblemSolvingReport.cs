using Nhp.Datasets;
using Nhp.ProblemSolving;
using Nhp.Reporting.Documents;
using Nhp.Text;

namespace Nhp.Reporting.ProblemSolving;

/// <summary>
/// The "Problem-solving plans" report (id <c>problem-solving</c>): the register's plans by stage and by area, each
/// plan with its owner, partners and review dates, the plans overdue a review, the lessons recorded for sharing, and
/// the findings of <see cref="ProblemSolvingRules"/>. Judged at the register's own date, never the clock.
/// </summary>
public sealed class ProblemSolvingReport : DocumentReport
{
    /// <summary>The report's title.</summary>
    public const string ReportTitle = "Problem-solving plans";

    /// <inheritdoc />
    public override string Id => "problem-solving";

    /// <inheritdoc />
    public override string Title => ReportTitle;

    /// <inheritdoc />
    public override Document Build(NhpDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var register = dataset.ProblemSolving;
        var doc = new DocumentBuilder(ReportTitle + ": " + (register?.Name ?? dataset.Name));
        if (register is null)
        {
            return doc.Paragraph("This dataset holds no register of problem-solving plans.").Build();
        }

        var findings = ProblemSolvingRules.Check(register);
        var open = register.Plans.Count(p => p.Status == ProblemSolvingStatus.Open);
        doc.Paragraph($"Register as at {Wording.Date(register.AsOf)}: {Count(register.Plans.Count, "plan")}, {open} open and {register.Plans.Count - open} closed. Open plans are to be reviewed every {Months(register.ReviewEveryMonths)}. {Count(findings.Count, "finding")} (see the end).");

        doc.Heading("Plans by stage");
        var stages = Enum.GetValues<ProblemSolvingStage>();
        doc.Table(
            [new TableColumn("Status"), .. stages.Select(s => TableColumn.Numeric(s.ToString())), TableColumn.Numeric("Not started"), TableColumn.Numeric("Total")],
            [.. new[] { ProblemSolvingStatus.Open, ProblemSolvingStatus.Closed }.Select(status =>
            {
                var plans = register.Plans.Where(p => p.Status == status).ToList();
                return new TableRow([
                    (TableCell)status.ToString(),
                    .. stages.Select(s => (TableCell)Number(plans.Count(p => p.CurrentStage == s))),
                    Number(plans.Count(p => p.CurrentStage is null)),
                    Number(plans.Count),
                ]);
            })],
            caption: "Each plan counted at the furthest stage it records.",
            rowHeaders: true);

        doc.Heading("Plans by area");
        doc.Table(
            [new TableColumn("Area"), TableColumn.Numeric("Open"), TableColumn.Numeric("Closed"), TableColumn.Numeric("Review overdue")],
            [.. register.Plans.GroupBy(p => string.IsNullOrWhiteSpace(p.Area) ? "(no area given)" : p.Area.Trim(), StringComparer.OrdinalIgnoreCase)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => TableRow.Of(
                    g.Key,
                    Number(g.Count(p => p.Status == ProblemSolvingStatus.Open)),
                    Number(g.Count(p => p.Status == ProblemSolvingStatus.Closed)),
                    Number(g.Count(p => p.IsReviewOverdue(register.AsOf, register.ReviewEveryMonths)))))],
            rowHeaders: true);

        doc.Heading("Reviews overdue");
        var overdue = register.Plans.Where(p => p.IsReviewOverdue(register.AsOf, register.ReviewEveryMonths)).ToList();
        if (overdue.Count == 0)
        {
            doc.Paragraph($"No open plan is overdue a review at {Wording.Date(register.AsOf)}.");
        }
        else
        {
            doc.Table(
                [new TableColumn("Plan"), new TableColumn("Owner"), new TableColumn("Last reviewed"), new TableColumn("Review due")],
                [.. overdue.Select(p => TableRow.Of(
                    p.Reference + ": " + p.Title,
                    p.Owner ?? "no owner",
                    p.Reviews.Count > 0 ? Wording.Date(p.LastReviewed) : "never (opened " + Wording.Date(p.Opened) + ")",
                    Wording.Date(p.NextReviewDue(register.ReviewEveryMonths))))]);
        }

        doc.Heading("The plans");
        foreach (var plan in register.Plans)
        {
            doc.Subheading(new TextRun(plan.Reference + ": " + plan.Title));
            var facts = new List<(string, string)>
            {
                ("Method", plan.Method.ToString().ToUpperInvariant()),
                ("Status", plan.Status == ProblemSolvingStatus.Closed ? "Closed" + (plan.Closed is { } c ? " on " + Wording.Date(c) : string.Empty) : "Open"),
                ("Area", plan.Area ?? "not given"),
                ("Crime types", plan.CrimeTypes.Count == 0 ? "not given" : string.Join(", ", plan.CrimeTypes)),
                ("Owner", plan.Owner ?? "none named"),
                ("Partners", plan.Partners.Count == 0 ? "none named" : string.Join(", ", plan.Partners)),
                ("Opened", Wording.Date(plan.Opened)),
                ("Reviews", plan.Reviews.Count == 0 ? "none recorded" : string.Join(", ", plan.Reviews.Order().Select(d => Wording.Date(d)))),
            };
            doc.Definitions(facts);
            var rows = ProblemSolvingPlan.StagesOf(plan.Method).Select(s => plan.Stage(s) is { } record
                ? TableRow.Of(s.ToString(), Wording.Date(record.Date), record.Text)
                : TableRow.Of(s.ToString(), string.Empty, "not reached"));
            doc.Table([new TableColumn("Stage"), new TableColumn("Date"), new TableColumn("As recorded")], rows, rowHeaders: true);
            if (plan.Evaluation is { } evaluation)
            {
                doc.Paragraph(new Strong("Evaluation:"), new TextRun(" " + evaluation));
            }
        }

        doc.Heading("Lessons for sharing");
        var lessons = register.Plans.Where(p => !string.IsNullOrWhiteSpace(p.Lessons)).ToList();
        if (lessons.Count == 0)
        {
            doc.Paragraph("No plan records lessons for sharing.");
        }
        else
        {
            doc.Bullets(lessons.Select(p => (IReadOnlyList<Inline>)[new Strong(p.Reference + ":"), new TextRun(" " + p.Lessons!)]));
        }

        doc.Heading("Findings").Findings(findings, "No findings: every plan has an owner, is reviewed on time, and is assessed and evaluated.");
        return doc.Build();
    }

    private static string Number(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{Number(n)} {noun}s";

    private static string Months(int n) => n == 1 ? "month" : Number(n) + " months";
}
