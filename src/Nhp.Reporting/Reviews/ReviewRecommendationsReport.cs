using Nhp.Datasets;
using Nhp.Governance.Inspections;
using Nhp.Reporting.Documents;
using Nhp.Reviews;
using Nhp.Text;

namespace Nhp.Reporting.Reviews;

/// <summary>
/// The review recommendations report (id <c>review-recommendations</c>): how many recommendations the review made as
/// printed against how many the register lists, how many are open and closed (counted as the inspection action register
/// counts actions), the movement over the period with any printed figures beside the register's, progress by pillar
/// (the dataset's framework's pillars when it has one), each recommendation with its pillar, owner and status, and
/// the checks of <see cref="RecommendationRules"/> (with the inspection action checks). Pure and thread-safe.
/// </summary>
public sealed class ReviewRecommendationsReport : DocumentReport
{
    /// <summary>The report's title.</summary>
    public const string ReportTitle = "Review recommendations";

    /// <inheritdoc />
    public override string Id => "review-recommendations";

    /// <inheritdoc />
    public override string Title => ReportTitle;

    /// <inheritdoc />
    public override Document Build(NhpDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var register = dataset.Recommendations;
        var doc = new DocumentBuilder(ReportTitle + ": " + (register?.Review ?? dataset.Name));
        if (register is null)
        {
            return doc.Paragraph("This dataset holds no register of review recommendations.").Build();
        }

        var framework = dataset.Framework?.Framework;
        List<Nhp.Findings.Finding> findings = [.. RecommendationRules.Check(register)];
        if (framework is not null)
        {
            findings.AddRange(RecommendationRules.Check(register, framework));
        }

        var accepted = register.AcceptedText ?? Wording.Date(register.Accepted);
        doc.Subtitle(new TextRun($"Accepted {accepted}; as at {Wording.Date(register.AsOf)}."));
        if (register.Source is { } source)
        {
            doc.Note(new TextRun("Source: " + source + "."));
        }

        Summary(doc, register);
        var update = register.AsActions();
        if (register.Recommendations.Count > 0 || register.Printed is not null)
        {
            Movement(doc, register, update);
        }

        if (register.Recommendations.Count > 0)
        {
            ByPillar(doc, register, framework);
            OneByOne(doc, register);
        }

        doc.Heading("Checks").Findings(findings, "No findings: the register lists every recommendation the paper counts, each with a pillar, and any printed figures agree with it.");
        return doc.Build();
    }

    private static void Summary(DocumentBuilder doc, ReviewRecommendations register)
    {
        var listed = register.Recommendations.Count;
        var open = register.Open.Count;
        var made = register.PrintedCount is { } printed
            ? new Inline[] { new TextRun($"The {register.Review} made {Wording.Count(printed.Value, "recommendation", "recommendations")}, as printed: "), new Emphasis(printed.Text), new TextRun(printed.Text.TrimEnd().EndsWith('.') ? " " : ". ") }
            : [new TextRun($"The paper does not say how many recommendations the {register.Review} made. ")];
        var state = listed == 0
            ? "The paper does not print the recommendations themselves, so the register holds their number only: there is nothing yet to count open or closed."
            : $"The register lists {Wording.Number(listed)}: {Wording.Number(open)} open and {Wording.Number(listed - open)} closed at {Wording.Date(register.AsOf)}.";
        doc.Paragraph([.. made, new TextRun(state)]);
    }

    private static void Movement(DocumentBuilder doc, ReviewRecommendations register, InspectionActionsUpdate update)
    {
        var figures = InspectionActionFigures.Of(update).ToDictionary(f => f.Name, f => (f.Printed, f.Register), StringComparer.Ordinal);
        var start = update.StartText ?? Wording.Date(update.Start);
        doc.Heading("Movement since " + start);
        TableRow Row(string label, string key)
        {
            var (printed, counted) = figures[key];
            return new TableRow([label, printed is null ? "—" : Wording.Number(printed.Value), counted is { } c ? Wording.Number(c) : "—", printed is null ? "—" : new Emphasis(printed.Text)]);
        }

        doc.Table(
            [new("Figure"), TableColumn.Numeric("As printed"), TableColumn.Numeric("From the register"), new("Printed as")],
            [Row("Open in " + start, "open-at-start"), Row("Accepted since", "new"), Row("Closed since", "closed"), Row("Open at " + Wording.Date(register.AsOf), "open")],
            caption: "Counted as the inspection action register counts actions: open when accepted and not yet closed.",
            rowHeaders: true);
    }

    private static void ByPillar(DocumentBuilder doc, ReviewRecommendations register, Nhp.Frameworks.Framework? framework)
    {
        var pillars = framework?.Pillars.Select(p => p.Name.Trim()).ToList()
            ?? [.. register.Recommendations.Select(r => r.Pillar?.Trim()).OfType<string>().Where(p => p.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];
        var open = register.Open;
        var rows = new List<TableRow>();
        foreach (var pillar in pillars)
        {
            var of = register.Recommendations.Where(r => string.Equals(r.Pillar?.Trim(), pillar, StringComparison.OrdinalIgnoreCase)).ToList();
            rows.Add(Row(pillar, of, open));
        }

        var rest = register.Recommendations.Where(r => !pillars.Contains(r.Pillar?.Trim() ?? string.Empty, StringComparer.OrdinalIgnoreCase)).ToList();
        if (rest.Count > 0)
        {
            rows.Add(Row(framework is null ? "No pillar" : "No pillar of the framework", rest, open));
        }

        doc.Heading("Progress by pillar");
        doc.Table(
            [new("Pillar"), TableColumn.Numeric("Listed"), TableColumn.Numeric("Open"), TableColumn.Numeric("Closed")],
            rows,
            totals: Row("Total", register.Recommendations, open),
            caption: framework is null ? null : "Pillars of the " + framework.Name + ".",
            rowHeaders: true);
    }

    private static TableRow Row(string label, IReadOnlyCollection<ReviewRecommendation> of, IReadOnlyList<ReviewRecommendation> open)
    {
        var openCount = of.Count(open.Contains);
        return TableRow.Of(label, Wording.Number(of.Count), Wording.Number(openCount), Wording.Number(of.Count - openCount));
    }

    private static void OneByOne(DocumentBuilder doc, ReviewRecommendations register)
    {
        var open = register.Open;
        doc.Heading("Recommendations");
        doc.Table(
            [new("No."), new("Recommendation"), new("Pillar"), new("Owner"), new("Status at " + Wording.Date(register.AsOf))],
            register.Recommendations.Select(r => TableRow.Of(
                r.Id,
                r.Text ?? "not recorded",
                r.Pillar ?? "—",
                r.Owner ?? "—",
                (open.Contains(r) ? "Open" : "Closed " + Wording.Date(r.Closed)) + (r.StatusText is { } text ? ": " + text : string.Empty))),
            rowHeaders: true);
    }
}
