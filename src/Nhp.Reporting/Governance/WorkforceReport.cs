using System.Globalization;
using Nhp.Datasets;
using Nhp.Delivery;
using Nhp.Governance;
using Nhp.Governance.Workforce;
using Nhp.Reporting.Documents;
using Nhp.Text;

namespace Nhp.Reporting.Governance;

/// <summary>
/// The workforce diversity report (id <c>workforce</c>): the profile of the dataset's
/// <see cref="GovernanceData.Workforce"/> by characteristic, each share as printed and among those who stated it,
/// the deliverable it is reported under, the share who did not state each characteristic against the threshold,
/// the comparison with the population profile when one is given, and every check of
/// <see cref="GovernanceRules.Workforce"/>. CSV export: the comparison table. Pure and thread-safe.
/// </summary>
public sealed class WorkforceReport : DocumentReport
{
    /// <inheritdoc />
    public override string Id => "workforce";

    /// <inheritdoc />
    public override string Title => "Workforce diversity";

    /// <inheritdoc />
    protected override IReadOnlyList<ReportFormat> ExportFormats { get; } = [ReportFormat.Csv];

    /// <inheritdoc />
    public override Document Build(NhpDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return Build(dataset.Governance?.Workforce, dataset.DeliveryPlan, dataset.Name);
    }

    /// <summary>One profile on its own as a document, as <c>nhp workforce render</c> shows it.</summary>
    /// <param name="workforce">The profile, with the population it is compared with; null gives a document saying there is none.</param>
    /// <param name="plan">The delivery plan its deliverable is in, or null.</param>
    /// <param name="name">The force and date; shown in the title.</param>
    /// <returns>The document.</returns>
    public static Document Build(WorkforceDiversity? workforce, DeliveryPlan? plan, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var doc = new DocumentBuilder("Workforce diversity: " + name);
        if (workforce is null)
        {
            return doc.Paragraph("This dataset has no workforce diversity profile.").Build();
        }

        var profile = workforce.Profile;
        var when = profile.AsOfText ?? (profile.AsOf is { } date ? Wording.Date(date) : null);
        doc.Subtitle(profile.Title + (when is null ? "." : ", " + when + "."));
        if (profile.Source is { } source)
        {
            doc.Paragraph("Source: " + source + ".");
        }

        if (profile.Deliverable is { } code)
        {
            doc.Paragraph(plan?.Find(code) is { } deliverable
                ? [$"Reported under deliverable {code} (\u201c{deliverable.Commitment}\u201d): ", RagBadge.For(deliverable.Rag), ", target " + (deliverable.Latest?.Target.Text ?? "none") + "."]
                : [$"Reported under deliverable {code}" + (plan is null ? "." : ", which the delivery plan does not have.")]);
        }

        if (profile.Text is { } printed)
        {
            doc.Note("As printed: ", new Emphasis(printed));
        }

        Profile(doc, workforce);
        NotStated(doc, workforce);
        Comparison(doc, workforce);
        doc.Heading("Checks").Findings(GovernanceRules.CheckWorkforce(workforce), "Every characteristic's shares add up, few did not state one, and every category can be compared.");
        return doc.Build();
    }

    /// <inheritdoc />
    protected override void RenderExport(NhpDataset dataset, ReportFormat format, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(dataset.Governance?.Workforce is { } workforce ? ProfileComparisonCsv.Write(workforce) : string.Join(",", ProfileComparisonCsv.Columns) + "\n");
    }

    private static void Profile(DocumentBuilder doc, WorkforceDiversity workforce)
    {
        doc.Heading("Profile");
        var rows = new List<TableRow>();
        foreach (var characteristic in workforce.Profile.Characteristics)
        {
            var shares = characteristic.Shares();
            var stated = characteristic.StatedShares();
            for (var i = 0; i < characteristic.Categories.Count; i++)
            {
                var category = characteristic.Categories[i];
                var statedShare = stated.Where(s => ReferenceEquals(s.Category, category)).Select(s => (decimal?)s.Share).FirstOrDefault();
                rows.Add(TableRow.Of(
                    i == 0 ? characteristic.Name : string.Empty,
                    category.Label + (category.IsNotStated && !ProfileCategory.LooksNotStated(category.Label) ? " (not stated)" : string.Empty),
                    category.Share is { } share ? Printed(share) : shares.Count > i ? Percent(shares[i]) : "—",
                    category.Count is { } count ? Wording.Number(count) : "—",
                    statedShare is { } s ? Percent(s) : "—",
                    category.Text is { } text ? new Emphasis(text) : "—"));
            }
        }

        doc.Table(
            [new("Characteristic"), new("Category"), TableColumn.Numeric("Share"), TableColumn.Numeric("Count"), TableColumn.Numeric("Share of those who stated it"), new("Printed as")],
            rows,
            caption: "The profile by characteristic; shares of those who stated it leave out the not stated and scale the rest to 100%",
            rowHeaders: true);
    }

    private static void NotStated(DocumentBuilder doc, WorkforceDiversity workforce)
    {
        doc.Heading("Not stated");
        doc.Paragraph($"A characteristic that more than {Printed(workforce.NotStatedThreshold)} did not state is flagged: the shares of those who did may not describe the whole workforce.");
        doc.Table(
            [new("Characteristic"), TableColumn.Numeric("Not stated"), new("Above the threshold")],
            workforce.Profile.Characteristics.Select(c => TableRow.Of(
                c.Name,
                c.NotStatedShare is { } share ? Percent(share) : "—",
                c.NotStatedShare is { } s ? (s > workforce.NotStatedThreshold ? "Yes" : "No") : "—")),
            rowHeaders: true);
    }

    private static void Comparison(DocumentBuilder doc, WorkforceDiversity workforce)
    {
        if (workforce.Population is not { } population)
        {
            doc.Heading("Compared with the population");
            doc.Paragraph("No population profile is given, so the workforce is not compared. Give one (for example census figures for the force area) to see the difference for each category.");
            return;
        }

        doc.Heading("Compared with " + population.Title);
        if (population.Source is { } source)
        {
            doc.Paragraph("Source: " + source + ".");
        }

        var rows = workforce.Compare().Where(r => !r.IsNotStated).ToArray();
        doc.Table(
            [new("Characteristic"), new("Category"), TableColumn.Numeric("Workforce (of those who stated it)"), TableColumn.Numeric("Population (of those who stated it)"), TableColumn.Numeric("Difference (points)")],
            rows.Select((r, i) => TableRow.Of(
                i == 0 || rows[i - 1].Characteristic != r.Characteristic ? r.Characteristic : string.Empty,
                r.Category,
                r.WorkforceStated is { } w ? Percent(w) : "—",
                r.Population is { } p ? Percent(p) : "—",
                r.Difference is { } d ? Points(d) : "—")),
            caption: "Shares of those who stated each characteristic, on both sides; a negative difference means fewer in the workforce than in the population",
            rowHeaders: true);
    }

    private static string Printed(decimal share) => share.ToString(CultureInfo.InvariantCulture) + "%";

    private static string Percent(decimal share) => Wording.Percent((double)(share / 100m), 1);

    private static string Points(decimal difference)
    {
        var rounded = Math.Round(difference, 1, MidpointRounding.AwayFromZero);
        return (rounded > 0 ? "+" : rounded < 0 ? "\u2212" : string.Empty) + Math.Abs(rounded).ToString("0.0", CultureInfo.InvariantCulture);
    }
}
