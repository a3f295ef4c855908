using System.Globalization;
using Nhp.Datasets;
using Nhp.Governance;
using Nhp.Governance.Inspections;
using Nhp.Reporting.Documents;
using Nhp.Text;

namespace Nhp.Reporting.Governance;

/// <summary>
/// The inspection actions report (id <c>inspection-actions</c>): the actions open now with their two splits (historic
/// or new by the update's cut-off; force-specific or national), the movement since the start of the period as printed
/// and, when a register is given, as the register counts it, the open actions by directorate and one by one, the
/// inspections expected, and every check (<see cref="GovernanceRules.Actions"/>), including whether the printed totals
/// reconcile. CSV export: the register, or the figures when there is no register. Pure and thread-safe.
/// </summary>
public sealed class InspectionActionsReport : DocumentReport
{
    /// <inheritdoc />
    public override string Id => "inspection-actions";

    /// <inheritdoc />
    public override string Title => "Inspection actions";

    /// <inheritdoc />
    protected override IReadOnlyList<ReportFormat> ExportFormats { get; } = [ReportFormat.Csv];

    /// <inheritdoc />
    public override Document Build(NhpDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return Build(dataset.Governance?.InspectionActions, dataset.Name);
    }

    /// <summary>One update on its own as a document, as <c>nhp governance render</c> shows it.</summary>
    /// <param name="update">The update; null gives a document saying there is none.</param>
    /// <param name="name">The force and date the update belongs to; shown in the title.</param>
    /// <returns>The document.</returns>
    public static Document Build(InspectionActionsUpdate? update, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var doc = new DocumentBuilder("Inspection actions: " + name);
        if (update is null)
        {
            return doc.Paragraph("This dataset has no update on inspection actions.").Build();
        }

        doc.Subtitle(update.Title + ", as at " + Wording.Date(update.AsOf) + ".");
        var figures = InspectionActionFigures.Of(update).ToDictionary(f => f.Name, f => (f.Printed, f.Register), StringComparer.Ordinal);
        var hasRegister = update.Register is not null;
        var findings = GovernanceRules.CheckActions(update);

        doc.Heading("Open actions");
        var open = Best(figures["open"]);
        doc.Paragraph(open is { } o
            ? $"{Wording.Count(o, "action is", "actions are")} open{(hasRegister ? string.Empty : " (as printed)")}: recommendations and areas for improvement together."
            : "The update gives no number of open actions.");
        var cutOff = "set before " + Wording.Date(update.HistoricCutOff);
        doc.Table(
            [new("Split"), new("Part"), TableColumn.Numeric("Open actions"), TableColumn.Numeric("Share of open")],
            [
                SplitRow("Historic or new", "Historic (" + cutOff + ")", Best(figures["open-historic"]), open),
                SplitRow(string.Empty, "New (set on or after " + Wording.Date(update.HistoricCutOff) + ")", Best(figures["open-new"]), open),
                SplitRow("Force-specific or national", "Force-specific (an inspection of this force)", Best(figures["open-force-specific"]), open),
                SplitRow(string.Empty, "National (an inspection across forces)", Best(figures["open-national"]), open),
            ],
            caption: "Open actions at " + Wording.Date(update.AsOf) + " by each split");
        if (update.HistoricCutOffText is { } cutOffText)
        {
            doc.Note("The paper's definition: " + cutOffText + " This report counts actions set before " + Wording.Date(update.HistoricCutOff) + " as historic.");
        }

        Movement(doc, update, figures, hasRegister);
        if (update.Register is { } register)
        {
            Register(doc, update, register);
        }

        if (update.Upcoming.Count > 0)
        {
            doc.Heading("Inspections expected").Bullets(update.Upcoming);
        }

        doc.Heading("Checks").Findings(findings, "The printed figures add up" + (hasRegister ? " and agree with the register." : "."));
        return doc.Build();
    }

    /// <inheritdoc />
    protected override void RenderExport(NhpDataset dataset, ReportFormat format, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(writer);
        var update = dataset.Governance?.InspectionActions;
        writer.Write(update?.Register is { } register
            ? InspectionActionCsv.Write(register)
            : update is null ? "figure,printed,register,printed-text\n" : InspectionActionCsv.WriteFigures(update));
    }

    private static void Movement(DocumentBuilder doc, InspectionActionsUpdate update, Dictionary<string, (PrintedFigure? Printed, int? Register)> figures, bool hasRegister)
    {
        var start = update.StartText ?? Wording.Date(update.Start);
        doc.Heading("Movement since " + start);
        List<TableColumn> columns = [new("Figure"), TableColumn.Numeric("As printed")];
        if (hasRegister)
        {
            columns.Add(TableColumn.Numeric("From the register"));
        }

        columns.Add(new("Printed as"));
        TableRow Row(string label, string key)
        {
            var (printed, counted) = figures[key];
            List<TableCell> cells = [label, printed is null ? "—" : Wording.Number(printed.Value)];
            if (hasRegister)
            {
                cells.Add(counted is { } c ? Wording.Number(c) : "—");
            }

            cells.Add(printed is null ? "—" : new Emphasis(printed.Text));
            return new TableRow(cells);
        }

        var rows = new List<TableRow>
        {
            Row("Open in " + start, "open-at-start"),
            Row("New since", "new"),
            Row("Closed since", "closed"),
            Row("Open now", "open"),
        };
        doc.Table(columns, rows, rowHeaders: true);
        if (update.Printed is { OpenAtStart: { } s, New: { } n, Closed: { } c, OpenAtEnd: { } e })
        {
            var movement = new ActionMovement(s.Value, n.Value, c.Value, e.Value);
            doc.Paragraph(movement.Reconciles
                ? $"The printed figures reconcile: {movement}."
                : $"The printed figures do not reconcile: {Wording.Number(s.Value)} + {Wording.Number(n.Value)} \u2212 {Wording.Number(c.Value)} = {Wording.Number(movement.Expected)}, not the {Wording.Number(e.Value)} printed as open now (see Checks).");
        }
    }

    private static void Register(DocumentBuilder doc, InspectionActionsUpdate update, InspectionActionRegister register)
    {
        var byDirectorate = register.ByDirectorate(update.AsOf, update.HistoricCutOff);
        if (byDirectorate.Count > 0)
        {
            doc.Heading("Open actions by directorate");
            doc.Table(
                [new("Directorate"), TableColumn.Numeric("Historic"), TableColumn.Numeric("New"), TableColumn.Numeric("Open")],
                byDirectorate.Select(d => TableRow.Of(d.Directorate.Length == 0 ? "(none given)" : d.Directorate, Wording.Number(d.Historic), Wording.Number(d.New), Wording.Number(d.Historic + d.New))),
                totals: TableRow.Of("Total", Wording.Number(byDirectorate.Sum(d => d.Historic)), Wording.Number(byDirectorate.Sum(d => d.New)), Wording.Number(byDirectorate.Sum(d => d.Historic + d.New))),
                rowHeaders: true);
        }

        var open = register.OpenOn(update.AsOf);
        doc.Heading("Open actions one by one");
        if (open.Count == 0)
        {
            doc.Paragraph("No action is open.");
            return;
        }

        doc.Table(
            [new("Action"), new("Kind"), new("Inspection"), new("Scope"), new("Directorate"), new("Owner"), new("Raised"), new("Historic or new"), new("Status")],
            open.Select(a => TableRow.Of(
                a.Id,
                a.Kind == ActionKind.AreaForImprovement ? "Area for improvement" : "Recommendation",
                a.Inspection,
                a.Scope == ActionScope.ForceSpecific ? "Force-specific" : "National",
                a.Directorate ?? "—",
                a.Owner ?? "—",
                Wording.ShortDate(a.Raised),
                a.IsHistoric(update.HistoricCutOff) ? "Historic" : "New",
                a.StatusText ?? "—")),
            rowHeaders: true);
    }

    private static int? Best((PrintedFigure? Printed, int? Register) figure) => figure.Register ?? figure.Printed?.Value;

    private static TableRow SplitRow(string split, string part, int? count, int? open) => TableRow.Of(
        split,
        part,
        count is { } c ? Wording.Number(c) : "—",
        count is { } n && open is > 0 ? Wording.Percent(n / (double)open.Value, 0) : "—");
}
