using System.Globalization;
using Nhp.Datasets;
using Nhp.Policing;
using Nhp.Reporting.Documents;
using Nhp.Text;

namespace Nhp.Reporting.Policing;

/// <summary>
/// The "Policing model" report (id <c>policing-model</c>): sectors and clusters with their wards, the units (command,
/// sectors, hubs, teams) as a structure with leads, themes and taskable assets, staffing against establishment with
/// its gaps, accountable posts, activity results with their periods, external reviews, successes and challenges as
/// written, and the findings of <see cref="PolicingModelRules"/> (including, when the dataset has engagement data,
/// whether its clusters agree with the model's).
/// </summary>
public sealed class PolicingModelReport : DocumentReport
{
    /// <summary>The report's title.</summary>
    public const string ReportTitle = "Policing model";

    /// <inheritdoc />
    public override string Id => "policing-model";

    /// <inheritdoc />
    public override string Title => ReportTitle;

    /// <inheritdoc />
    public override Document Build(NhpDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var model = dataset.PolicingModel;
        var doc = new DocumentBuilder(ReportTitle + ": " + (model?.Name ?? dataset.Name));
        if (model is null)
        {
            return doc.Paragraph("This dataset holds no description of the policing model.").Build();
        }

        var findings = PolicingModelRules.Check(model).ToList();
        if (dataset.Engagement is { } engagement && engagement.Places.Clusters.Count > 0)
        {
            findings.AddRange(PolicingModelRules.Check(model, engagement));
        }

        var live = model.GoLive is { } goLive ? $" The model went live on {Wording.Date(goLive)}." : string.Empty;
        doc.Paragraph($"As described at {Wording.Date(model.AsOf)}.{live} {Wording.Count(findings.Count, "finding", "findings")} (see the end).");

        Structure(doc, model);
        Places(doc, model);
        Staffing(doc, model);
        if (model.Posts.Count > 0)
        {
            doc.Heading("Accountable posts");
            doc.Table(
                [new TableColumn("Post"), new TableColumn("Accountable for"), new TableColumn("Holder")],
                [.. model.Posts.Select(p => TableRow.Of(p.Title, p.AccountableFor ?? "not stated", p.Holder ?? "not named"))]);
        }

        Results(doc, model);
        if (model.Reviews.Count > 0)
        {
            doc.Heading("Reviews");
            doc.Table(
                [new TableColumn("Reviewer"), new TableColumn("Date"), new TableColumn("Rating"), new TableColumn("Summary as written")],
                [.. model.Reviews.Select(r => TableRow.Of(r.Reviewer, r.Date is { } d ? Wording.Date(d) : "not stated", r.Rating, r.Summary))]);
        }

        if (model.Successes.Count > 0)
        {
            doc.Heading("Successes");
            doc.Bullets(model.Successes);
        }

        if (model.Challenges.Count > 0)
        {
            doc.Heading("Challenges");
            doc.Bullets(model.Challenges);
        }

        doc.Heading("Findings").Findings(findings, "No findings: the structure fits together, every role is at establishment and the results are well formed.");
        return doc.Build();
    }

    private static void Structure(DocumentBuilder doc, PolicingModel model)
    {
        doc.Heading("Structure");
        if (model.Units.Count == 0)
        {
            doc.Paragraph("The model names no units.");
            return;
        }

        doc.Paragraph("Each unit under the unit it is part of; taskable assets can be moved where intelligence or demand dictates.");
        var rows = new List<TableRow>();
        void Add(PolicingUnit unit, int depth, HashSet<string> seen)
        {
            if (!seen.Add(unit.Name))
            {
                return;
            }

            rows.Add(TableRow.Of(
                new string('\u2003', depth * 2) + unit.Name,
                Kind(unit.Kind),
                unit.Sector ?? "all",
                unit.Lead ?? "not stated",
                unit.Taskable ? "yes" : "no",
                unit.Themes.Count == 0 ? string.Empty : string.Join("; ", unit.Themes)));
            foreach (var child in model.Units.Where(u => string.Equals(u.PartOf?.Trim(), unit.Name.Trim(), StringComparison.OrdinalIgnoreCase)))
            {
                Add(child, depth + 1, seen);
            }
        }

        var names = new HashSet<string>(model.Units.Select(u => u.Name.Trim()), StringComparer.OrdinalIgnoreCase);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var root in model.Units.Where(u => u.PartOf is null || !names.Contains(u.PartOf.Trim())))
        {
            Add(root, 0, visited);
        }

        foreach (var rest in model.Units.Where(u => !visited.Contains(u.Name)))
        {
            Add(rest, 0, visited);
        }

        doc.Table([new TableColumn("Unit"), new TableColumn("Kind"), new TableColumn("Sector"), new TableColumn("Lead"), new TableColumn("Taskable"), new TableColumn("Thematic areas")], rows, rowHeaders: true);
        foreach (var unit in model.Units.Where(u => u.Description is not null))
        {
            doc.Paragraph(new Strong(unit.Name + ":"), new TextRun(" " + unit.Description!));
        }
    }

    private static void Places(DocumentBuilder doc, PolicingModel model)
    {
        var places = model.Places;
        doc.Heading("Sectors, clusters and wards");
        if (places.Sectors.Count == 0 && places.Clusters.Count == 0)
        {
            doc.Paragraph("The model names no sectors or clusters.");
            return;
        }

        if (places.Clusters.Count == 0)
        {
            doc.Paragraph($"Sectors: {string.Join(", ", places.Sectors)}. The model does not name its clusters or map wards to them.");
        }
        else
        {
            doc.Table(
                [new TableColumn("Cluster"), new TableColumn("Sector"), new TableColumn("Wards")],
                [.. places.Clusters.Select(c => TableRow.Of(c.Name, c.Sector ?? "not stated", c.Wards.Count == 0 ? "not mapped" : string.Join(", ", c.Wards)))],
                rowHeaders: true);
        }

        if (places.MappingNote is { } note)
        {
            doc.Note(new TextRun(note));
        }
    }

    private static void Staffing(DocumentBuilder doc, PolicingModel model)
    {
        var roles = model.Units.SelectMany(u => u.Staffing.Select(s => (Unit: u, Role: s))).ToList();
        doc.Heading("Staffing");
        if (roles.Count == 0)
        {
            doc.Paragraph("The model gives no establishment or strength figures.");
            return;
        }

        doc.Table(
            [new TableColumn("Unit"), new TableColumn("Role"), TableColumn.Numeric("Establishment"), TableColumn.Numeric("Strength"), TableColumn.Numeric("Gap"), new TableColumn("As written")],
            [.. roles.Select(x => TableRow.Of(
                x.Unit.Name,
                x.Role.Role,
                Number(x.Role.Establishment),
                Number(x.Role.Strength),
                x.Role.Establishment is null || x.Role.Strength is null ? "not known" : Number(x.Role.Gap),
                x.Role.AsPrinted ?? string.Empty))]);
    }

    private static void Results(DocumentBuilder doc, PolicingModel model)
    {
        if (model.Results.Count == 0)
        {
            return;
        }

        doc.Heading("Activity results");
        doc.Table(
            [new TableColumn("Activity"), TableColumn.Numeric("Count"), new TableColumn("Period"), TableColumn.Numeric("Per month"), new TableColumn("As printed")],
            [.. model.Results.Select(r => TableRow.Of(
                r.Label,
                Wording.Number(r.Count),
                (r.Since is { } s ? Wording.Date(s) : "start not stated") + " to " + Wording.Date(r.AsOf),
                r.PerMonth is { } m ? m.ToString("0.0", CultureInfo.InvariantCulture) : "not known",
                r.AsPrinted ?? string.Empty))],
            caption: "Per month: the count divided by the months in its period (an average month of 30.44 days).");
    }

    private static string Number(int? n) => n is { } v ? v.ToString(CultureInfo.InvariantCulture) : "not stated";

    private static string Kind(UnitKind kind) => kind switch
    {
        UnitKind.Command => "command",
        UnitKind.Sector => "sector",
        UnitKind.Hub => "hub",
        _ => "team",
    };
}
