using Nhp.Datasets;
using Nhp.Governance;
using Nhp.Governance.Tables;
using Nhp.Reporting.Documents;
using Nhp.Text;

namespace Nhp.Reporting.Governance;

/// <summary>
/// The modern slavery report (id <c>modern-slavery</c>): each table of the dataset's <see cref="GovernanceData.ModernSlavery"/>
/// with its totals and shares recomputed from the counts, the outcome labels with their Home Office outcome type and
/// whether each is a positive outcome, the statements of the text beside what the tables give, and every check of
/// <see cref="GovernanceRules.Tables"/>. CSV export: every count in long form. Pure and thread-safe.
/// </summary>
public sealed class ModernSlaveryReport : DocumentReport
{
    /// <inheritdoc />
    public override string Id => "modern-slavery";

    /// <inheritdoc />
    public override string Title => "Modern slavery and human trafficking";

    /// <inheritdoc />
    protected override IReadOnlyList<ReportFormat> ExportFormats { get; } = [ReportFormat.Csv];

    /// <inheritdoc />
    public override Document Build(NhpDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return Build(dataset.Governance?.ModernSlavery, dataset.Name);
    }

    /// <summary>A set of tables on its own as a document, as <c>nhp governance render</c> shows it.</summary>
    /// <param name="tables">The tables and statements; null gives a document saying there are none.</param>
    /// <param name="name">The force and date; shown in the title.</param>
    /// <returns>The document.</returns>
    public static Document Build(TableSet? tables, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var doc = new DocumentBuilder("Tables: " + name);
        if (tables is null)
        {
            return doc.Paragraph("This dataset has no tables to check.").Build();
        }

        doc = new DocumentBuilder(tables.Title + ": " + name);
        doc.Subtitle(tables.Period is null ? "The tables as printed, with their totals and shares checked." : "Period: " + tables.Period);
        foreach (var table in tables.Tables)
        {
            Table(doc, table);
        }

        Statements(doc, tables);
        doc.Heading("Checks").Findings(GovernanceRules.CheckTables(tables), "Every printed total and percentage agrees with the counts, and every statement with the tables.");
        return doc.Build();
    }

    /// <inheritdoc />
    protected override void RenderExport(NhpDataset dataset, ReportFormat format, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(CrossTabCsv.Write(dataset.Governance?.ModernSlavery?.Tables ?? []));
    }

    private static void Table(DocumentBuilder doc, CrossTab table)
    {
        doc.Heading(table.Title);
        List<TableColumn> columns = [new(table.Rows.Name), .. table.Columns.Categories.Select(TableColumn.Numeric), TableColumn.Numeric("Total"), TableColumn.Numeric("Share")];
        if (table.Percentages is { } printed)
        {
            columns.Add(TableColumn.Numeric(printed.Header + " (printed)"));
        }

        var grand = table.GrandTotal;
        var rows = Enumerable.Range(0, table.Counts.Count).Select(r =>
        {
            List<TableCell> cells = [table.Rows.Categories[r], .. table.Counts[r].Select(c => (TableCell)Wording.Number(c)), Wording.Number(table.RowTotal(r)), Share(table.RowTotal(r), grand)];
            if (table.Percentages is { } p)
            {
                cells.Add(r < p.Values.Count && p.Values[r] is { } v ? v.ToString("F" + p.Decimals.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture) : "—");
            }

            return new TableRow(cells);
        });
        List<TableCell> totals = ["Total", .. Enumerable.Range(0, table.Columns.Categories.Count).Select(c => (TableCell)Wording.Number(table.ColumnTotal(c))), Wording.Number(grand), grand > 0 ? "100%" : "—"];
        if (table.Percentages is not null)
        {
            totals.Add(string.Empty);
        }

        doc.Table(columns, rows, new TableRow(totals), caption: table.Title + " (" + table.Columns.Name.ToLowerInvariant() + " across, totals and shares computed from the counts)", rowHeaders: true);
        if (Enumerable.Range(0, table.Rows.Categories.Count).Any(r => HocrOutcomes.FromLabel(table.Rows.Categories[r]) is not null))
        {
            Outcomes(doc, table);
        }
    }

    private static void Outcomes(DocumentBuilder doc, CrossTab table)
    {
        doc.Subheading("Outcome types");
        doc.Table(
            [new("Outcome as printed"), new("Home Office outcome type"), new("Positive outcome"), TableColumn.Numeric("Crimes")],
            Enumerable.Range(0, table.Rows.Categories.Count).Select(r =>
            {
                var outcome = HocrOutcomes.FromLabel(table.Rows.Categories[r]);
                return TableRow.Of(
                    table.Rows.Categories[r],
                    outcome is null ? "— (no outcome code in the label)" : outcome.Code.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": " + outcome.Title,
                    outcome is null ? "—" : outcome.IsPositive ? "Yes" : "No",
                    Wording.Number(table.RowTotal(r)));
            }),
            rowHeaders: true);
        var (positive, total) = HocrOutcomes.PositiveOutcomes(table);
        doc.Paragraph($"Positive outcomes (Home Office outcome types 1\u20134 and 6\u20138): {Wording.Number(positive)} of {Wording.Number(total)} ({Share(positive, total)}).");
    }

    private static void Statements(DocumentBuilder doc, TableSet tables)
    {
        if (tables.Statements.Count == 0)
        {
            return;
        }

        doc.Heading("Statements in the text");
        doc.Table(
            [new("Statement as printed"), new("Table"), TableColumn.Numeric("Printed"), TableColumn.Numeric("From the table")],
            tables.Statements.Select(s =>
            {
                var table = tables.Find(s.TableId);
                var part = table?.Sum(s.Numerator, out _);
                var whole = s.Denominator is { } d ? table?.Sum(d, out _) : null;
                var printed = string.Join(", ", new[]
                {
                    s.PrintedPercent is { } p ? p.ToString(System.Globalization.CultureInfo.InvariantCulture) + "%" : null,
                    s.PrintedCount is { } n ? "n=" + Wording.Number(n) : null,
                }.Where(t => t is not null));
                var computed = part is not { } k ? "—"
                    : whole is { } w && s.PrintedPercent is not null ? $"{Share(k, w)}, n={Wording.Number(k)} of {Wording.Number(w)}"
                    : "n=" + Wording.Number(k);
                return TableRow.Of(new Emphasis(s.Text), table?.Title ?? s.TableId, printed, computed);
            }));
    }

    private static string Share(int part, int whole) => whole == 0 ? "—" : Wording.Percent(part / (double)whole, 1);
}
