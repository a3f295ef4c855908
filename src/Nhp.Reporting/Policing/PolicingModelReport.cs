using System.Globalization;
using Nhp.Datasets;
using Nhp.Metrics;
using Nhp.Policing;
using Nhp.Reporting.Charts;
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

        var trees = UnitTree.Of(model);
        var gaps = model.Units.SelectMany(u => u.Staffing.Where(s => s.Gap > 0).Select(s => (Unit: u, Role: s))).ToList();
        doc.Paragraph("Each unit under the unit it is part of, with its lead, its staffing and its thematic areas. Taskable assets can be moved where intelligence or demand dictates."
            + (gaps.Count == 0 ? string.Empty : " A role below establishment is in bold in the list, and its unit is outlined in red in the organogram."));
        var levels = trees.Max(t => t.Depth);
        var description = $"{Wording.Count(model.Units.Count, "unit", "units")} in {Wording.Count(levels, "level", "levels")}"
            + (gaps.Count == 0
                ? "; every role with both figures is at establishment."
                : "; below establishment: " + string.Join("; ", gaps.Select(g => g.Unit.Name + ", " + UnitWords.Staffing(g.Role))) + ".")
            + " The list gives every unit in full.";
        doc.Figure("Organogram of the " + model.Name, description, Organogram.Svg(trees, "organogram", "Organogram of the " + model.Name, description));
        doc.NestedList(trees.Select(Item));
        foreach (var unit in model.Units.Where(u => u.Description is not null))
        {
            doc.Paragraph(new Strong(unit.Name + ":"), new TextRun(" " + unit.Description!));
        }
    }

    private static NestedListItem Item(UnitTree node)
    {
        var unit = node.Unit;
        var facts = new List<string> { UnitWords.Kind(unit.Kind) + (unit.Sector is { } sector ? ", " + sector : string.Empty) };
        if (node.Flattened && unit.PartOf is { } parent)
        {
            facts.Add("part of " + parent);
        }

        if (unit.Lead is { } lead)
        {
            facts.Add("led by " + lead);
        }

        if (unit.Taskable)
        {
            facts.Add("taskable");
        }

        List<Inline> content = [new Strong(unit.Name), new TextRun(" (" + string.Join("; ", facts) + ")")];
        foreach (var role in unit.Staffing)
        {
            content.Add(new TextRun(". "));
            content.Add(role.Gap > 0 ? new Strong(UnitWords.Staffing(role)) : new TextRun(UnitWords.Staffing(role)));
        }

        if (unit.Themes.Count > 0)
        {
            content.Add(new TextRun(". Thematic areas: " + string.Join("; ", unit.Themes)));
        }

        return new NestedListItem(content, [.. node.Children.Select(Item)]);
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
        var series = model.ActivitySeries();
        if (series.Count == 0)
        {
            return;
        }

        doc.Heading("Activity results");
        doc.Table(
            [new TableColumn("Activity"), TableColumn.Numeric("Count"), new TableColumn("Period"), TableColumn.Numeric("Per month"), new TableColumn("As printed")],
            [.. series.SelectMany(s => s.Counts.Select(c => TableRow.Of(
                s.Measure.Name,
                Count(c.Value),
                c.PeriodText,
                c.PerMonth is { } m ? m.ToString("0.0", CultureInfo.InvariantCulture) : "no period",
                c.AsPrinted ?? string.Empty)))],
            caption: "Per month: the count over the days counted, first and last included, in average months of 30.44 days. A figure at a date, with no start, has no rate.");
        var index = 0;
        foreach (var over in series.Where(s => s.Counts.Count > 1))
        {
            index++;
            doc.Figure(over.Measure.Name + " over time", DatedCountChart.Describe(over), DatedCountChart.Svg(over, string.Create(CultureInfo.InvariantCulture, $"activity-{index}")));
            doc.Bullets(over.Changes().Select(change => Compare(over.Measure.Name, change)));
        }
    }

    // One sentence per pair of figures: what was added between them for a running total, else how the rate per month moved.
    private static string Compare(string name, DatedChange change)
    {
        static string Rate(decimal? perMonth) => perMonth is { } m ? m.ToString("0.0", CultureInfo.InvariantCulture) + " a month" : "no rate";
        var head = $"{name}: {Count(change.Earlier.Value)} ({change.Earlier.PeriodText}), then {Count(change.Later.Value)} ({change.Later.PeriodText})";
        var percent = change.PerMonthPercent is { } p ? $", {(p >= 0 ? "+" : "\u2212")}{Math.Abs(Math.Round(p, 0, MidpointRounding.AwayFromZero)).ToString("0", CultureInfo.InvariantCulture)}% against the earlier rate" : string.Empty;
        return change.Added is { } added
            ? $"{head}: {Count(added.Value)} more from {Wording.Date(added.Since!.Value)} ({Rate(added.PerMonth)} against {Rate(change.Earlier.PerMonth)}{percent})."
            : $"{head}: {Rate(change.Later.PerMonth)} against {Rate(change.Earlier.PerMonth)}{percent}.";
    }

    private static string Number(int? n) => n is { } v ? v.ToString(CultureInfo.InvariantCulture) : "not stated";

    private static string Count(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
