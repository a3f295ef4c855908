using Nhp.Datasets;
using Nhp.Delivery;
using Nhp.Integrity;
using Nhp.Reporting.Documents;
using Nhp.Reporting.Rendering;
using static Nhp.Reporting.Integrity.CdiReportModel;

namespace Nhp.Reporting.Integrity;

/// <summary>
/// The crime data integrity report (id <c>crime-data-integrity</c>): the review's appendix as a committee reads it,
/// with compliance overall and by category and its uncertainty (the interval of the review's
/// <see cref="CompliancePolicy"/>, Wilson 95% by default, drawn as a figure, and the normal-approximation margin a paper
/// quotes, both from <see cref="CompliancePolicy.Estimate"/>), timeliness by period, the flagging table with totals,
/// equality-data completeness against the force's policy, the recommendations with owner, timescale and status, and
/// every check that failed or did not reconcile. Pure and thread-safe.
/// </summary>
public sealed class CrimeDataIntegrityReport : DocumentReport
{
    /// <inheritdoc />
    public override string Id => "crime-data-integrity";

    /// <inheritdoc />
    public override string Title => "Crime data integrity";

    /// <inheritdoc />
    public override Document Build(NhpDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return Build(dataset.CrimeDataIntegrity, dataset.Name);
    }

    /// <summary>Renders one review on its own, as <c>nhp cdi render</c> does.</summary>
    /// <param name="review">The review; null renders a page saying there is none.</param>
    /// <param name="name">The force and period the review belongs to, e.g. the dataset name; shown in the title.</param>
    /// <param name="format">Markdown, HTML or plain text.</param>
    /// <returns>The rendered text, lines ending in <c>\n</c>.</returns>
    /// <exception cref="NotSupportedException">Another format was asked for.</exception>
    public string Render(CdiReview? review, string name, ReportFormat format)
    {
        ArgumentNullException.ThrowIfNull(name);
        this.EnsureSupports(format);
        return DocumentRenderer.For(format).Render(Build(review, name));
    }

    /// <summary>One review on its own as a document.</summary>
    /// <param name="review">The review; null gives a document saying there is none.</param>
    /// <param name="name">The force and period the review belongs to, e.g. the dataset name; shown in the title.</param>
    /// <returns>The document.</returns>
    public static Document Build(CdiReview? review, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var model = CdiReportModel.From(review, name);
        var doc = new DocumentBuilder(model.Heading);
        if (model.Review is not { } r)
        {
            return doc.Paragraph("This dataset has no crime data integrity review.").Build();
        }

        doc.Subtitle("Crime data integrity and recording overview" + (r.SamplingPeriod is { } period ? ". Data sample taken from " + LowerFirst(period.Text) : string.Empty) + ".");
        Compliance(doc, model, r);
        Timeliness(doc, r);
        Flags(doc, r);
        Equality(doc, r);
        Recommendations(doc, r);
        doc.Heading("Checks").Findings(model.Findings, "Every figure passed the checks and the overall figure reconciles with the categories.");
        doc.Heading("Method").Paragraph(model.MethodNote);
        return doc.Build();
    }

    private static void Compliance(DocumentBuilder doc, CdiReportModel model, CdiReview review)
    {
        if (model.Compliance.Count == 0)
        {
            return;
        }

        doc.Heading("Compliance");
        if (IntervalChart.Svg(model) is { } svg)
        {
            doc.Figure(IntervalChart.Title(model), IntervalChart.Description(model), svg);
        }

        var judged = review.Policy is not null;
        List<TableColumn> columns =
        [
            new("Category"), TableColumn.Numeric("Crimes disclosed"), TableColumn.Numeric("Crimes recorded"), TableColumn.Numeric("Compliance"),
            new(model.IntervalName), new("Margin of error (normal approximation)"),
        ];
        if (judged)
        {
            columns.Add(new("Against target"));
        }

        var rows = model.Compliance.Select(row =>
        {
            List<TableCell> cells =
            [
                row.IsOverall ? new Strong(row.Label) : row.Label,
                Number(row.Result.Disclosed),
                Number(row.Result.Recorded),
                Percent(row.Result.Compliance),
                Range(row.Estimate?.Interval),
                Margin(row.Estimate),
            ];
            if (judged)
            {
                cells.Add(row.Judgement is { } j ? new TableCell([RagBadge.For(j.Rating), " " + j.Explanation]) : "—");
            }

            return new TableRow(cells);
        });
        doc.Table(columns, rows, rowHeaders: true);
        if (review.OverallBasis is not null || review.PublishedMarginOfError is not null)
        {
            doc.Note("As printed: " + string.Join(" ", new[] { review.OverallBasis, review.PublishedMarginOfError }.Where(t => t is not null)));
        }

        if (review.Policy is { } policy)
        {
            doc.Paragraph($"Judged against the force's target of {Whole(policy.Target)}%, amber within {Whole(policy.AmberBand)} points below it; a rate whose interval reaches the target is never rated red.");
        }
    }

    private static void Timeliness(DocumentBuilder doc, CdiReview review)
    {
        if (review.Timeliness.Count == 0)
        {
            return;
        }

        doc.Heading("Timeliness").Paragraph("Crimes recorded within 24 hours of disclosure.");
        doc.Table(
            [new("Period"), TableColumn.Numeric("Recorded within 24 hours"), TableColumn.Numeric("Crimes disclosed"), TableColumn.Numeric("Share within 24 hours")],
            review.Timeliness.Select(p => TableRow.Of(p.Period, Count(p.WithinLimit), Count(p.Total), TimelinessShare(p))),
            rowHeaders: true);
    }

    private static void Flags(DocumentBuilder doc, CdiReview review)
    {
        if (review.Flags is not { } flags)
        {
            return;
        }

        doc.Heading("Flagging (" + flags.Period + ")");
        doc.Table(
            [new("Flag"), TableColumn.Numeric("Required and added"), TableColumn.Numeric("Wrongly added"), TableColumn.Numeric("Missed"), TableColumn.Numeric("Required flags applied"), TableColumn.Numeric("Applied flags wrong")],
            flags.Rows.Select(row => FlagRow(row.Flag.Name, row)),
            totals: FlagRow("Total", flags.Totals),
            rowHeaders: true);
        doc.Paragraph(FlagNote);
    }

    private static TableRow FlagRow(string name, FlagAuditRow row) => TableRow.Of(
        name,
        Number(row.RequiredAndAdded),
        Number(row.WronglyAdded),
        Number(row.Missed),
        Percent(row.AppliedWhenRequired),
        Percent(row.WronglyApplied));

    private static void Equality(DocumentBuilder doc, CdiReview review)
    {
        if (review.EqualityData.Count == 0)
        {
            return;
        }

        doc.Heading("Equality data");
        doc.Table(
            [new("Field"), new("Force policy"), new("Recorded"), new("Judgement"), new("Finding")],
            review.EqualityData.Select(entry => TableRow.Of(
                entry.Field.ToString(),
                RecordingPolicy(entry.Policy) + (entry.PolicyNote is null ? string.Empty : ": " + entry.PolicyNote),
                Completeness(entry),
                Judgement(entry.Judge()),
                entry.Observation ?? "—")),
            rowHeaders: true);
    }

    private static void Recommendations(DocumentBuilder doc, CdiReview review)
    {
        if (review.Recommendations.Count == 0)
        {
            return;
        }

        doc.Heading("Recommendations");
        doc.Table(
            [TableColumn.Numeric("No."), new("Recommendation"), new("Owner"), new("Timescale"), new("Status")],
            review.Recommendations.Select(r => TableRow.Of(
                Number(r.Number),
                r.Text,
                r.Owner,
                Timescale(r.Timescale),
                r.StatusText is { } text ? new RagBadge(RagKey.Word(r.Status), text) : RagBadge.For(r.Status))));
    }

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}
