using System.Globalization;
using Nhp.Datasets;
using Nhp.Frameworks;
using Nhp.Reporting.Documents;
using Nhp.Text;

namespace Nhp.Reporting.Frameworks;

/// <summary>
/// The "Strategy framework self-assessment" report (id <c>framework-assessment</c>): the framework's pillars with
/// their purposes, a grid of each statement against each unit's latest assessment, each pillar's ratings by unit,
/// how every unit assessed more than once has moved between its first and latest assessment, the progress reported
/// under each pillar, and the findings of
/// <see cref="FrameworkRules"/>.
/// </summary>
public sealed class FrameworkAssessmentReport : DocumentReport
{
    /// <summary>The report's title.</summary>
    public const string ReportTitle = "Strategy framework self-assessment";

    /// <inheritdoc />
    public override string Id => "framework-assessment";

    /// <inheritdoc />
    public override string Title => ReportTitle;

    /// <inheritdoc />
    public override Document Build(NhpDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var data = dataset.Framework;
        var doc = new DocumentBuilder(ReportTitle + ": " + (data?.Framework.Name ?? dataset.Name));
        if (data is null)
        {
            return doc.Paragraph("This dataset holds no strategy framework or self-assessment.").Build();
        }

        var findings = FrameworkRules.Check(data);
        var framework = data.Framework;
        var latest = data.Latest();
        doc.Paragraph($"{Wording.Count(framework.Pillars.Count, "pillar", "pillars")} and {Wording.Count(framework.Statements.Count(), "statement", "statements")}, rated on the scale {string.Join(" < ", data.Scale.Levels)}. {Wording.Count(data.Assessments.Count, "assessment", "assessments")} of {Wording.Count(data.Units.Count, "unit", "units")}. {Wording.Count(findings.Count, "finding", "findings")} (see the end).");
        if (framework.Source is { } source)
        {
            doc.Note(new TextRun("Framework: " + source + "."));
        }

        doc.Heading("The pillars");
        doc.Definitions(framework.Pillars.Select(p => (p.Name, p.Purpose ?? "No purpose given.")));
        Progress(doc, data);

        doc.Heading("Pillar by unit");
        if (latest.Count == 0)
        {
            doc.Paragraph("No unit has been assessed yet.");
        }
        else
        {
            doc.Paragraph("Each unit's latest assessment: how many of the pillar's statements are rated at each level, highest first.");
            doc.Table(
                [new TableColumn("Pillar"), .. latest.Select(a => new TableColumn(a.Unit + " (" + Wording.ShortDate(a.Date) + ")"))],
                [.. framework.Pillars.Select(p => new TableRow([
                    (TableCell)p.Name,
                    .. latest.Select(a => (TableCell)PillarCell(data, p, a)),
                ]))],
                rowHeaders: true);

            doc.Heading("Statement by unit");
            doc.Table(
                [new TableColumn("Statement"), .. latest.Select(a => new TableColumn(a.Unit))],
                [.. framework.Statements.Select(x => new TableRow([
                    (TableCell)(x.Statement.Id + " " + x.Statement.Text),
                    .. latest.Select(a => (TableCell)(a.RatingOf(x.Statement.Id)?.Level ?? "not rated")),
                ]))],
                caption: "Latest assessment of each unit.",
                rowHeaders: true);
        }

        doc.Heading("Movement between assessments");
        var compared = 0;
        foreach (var unit in data.Units)
        {
            var ofUnit = data.Assessments.Where(a => string.Equals(a.Unit.Trim(), unit, StringComparison.OrdinalIgnoreCase)).OrderBy(a => a.Date).ToList();
            if (ofUnit.Count < 2)
            {
                continue;
            }

            compared++;
            var comparison = AssessmentComparison.Compare(data, ofUnit[0], ofUnit[^1]);
            doc.Subheading(new TextRun($"{unit}: {Wording.Date(comparison.Before.Date)} to {Wording.Date(comparison.After.Date)}"));
            doc.Paragraph($"{comparison.Count(RatingChange.Improved)} improved, {comparison.Count(RatingChange.Same)} unchanged, {comparison.Count(RatingChange.Declined)} declined, {comparison.Count(RatingChange.NewlyRated)} newly rated, {comparison.Count(RatingChange.NoLongerRated)} no longer rated.");
            doc.Table(
                [new TableColumn("Statement"), new TableColumn("Before"), new TableColumn("After"), new TableColumn("Movement")],
                [.. comparison.Statements.Where(s => s.Change != RatingChange.NotComparable).Select(s => TableRow.Of(
                    s.Statement.Id,
                    s.Before?.Level ?? "not rated",
                    s.After?.Level ?? "not rated",
                    Movement(s.Change)))],
                rowHeaders: true);
        }

        if (compared == 0)
        {
            doc.Paragraph("No unit has been assessed twice, so there is no movement to show.");
        }

        doc.Heading("Evidence");
        var evidence = latest.SelectMany(a => a.Ratings.Where(r => !string.IsNullOrWhiteSpace(r.Evidence)).Select(r => (a, r))).ToList();
        if (evidence.Count == 0)
        {
            doc.Paragraph("The latest assessments give no evidence.");
        }
        else
        {
            doc.Table(
                [new TableColumn("Unit"), new TableColumn("Statement"), new TableColumn("Level"), new TableColumn("Evidence as given")],
                [.. evidence.Select(x => TableRow.Of(x.a.Unit, x.r.Statement, x.r.Level, x.r.Evidence!))]);
        }

        doc.Heading("Findings").Findings(findings, "No findings: the framework is well formed and every rating is on the scale, of a known statement, and evidenced.");
        return doc.Build();
    }

    // The highlights reported under each pillar, in the framework's order, then any under a pillar it does not have.
    private static void Progress(DocumentBuilder doc, FrameworkAssessments data)
    {
        if (data.Progress.Count == 0)
        {
            return;
        }

        doc.Heading("Progress by pillar");
        var dates = data.Progress.Select(p => p.Date).OfType<NodaTime.LocalDate>().Distinct().Order().ToList();
        doc.Paragraph("Highlights of progress as reported under each pillar, verbatim" + (dates.Count == 0 ? "." : ", as at " + string.Join(" and ", dates.Select(Wording.Date)) + "."));
        var pillars = data.Framework.Pillars.Select(p => p.Name.Trim()).ToList();
        var groups = data.Progress
            .GroupBy(p => pillars.FirstOrDefault(n => string.Equals(n, p.Pillar.Trim(), StringComparison.OrdinalIgnoreCase)) ?? p.Pillar.Trim(), StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => pillars.FindIndex(n => string.Equals(n, g.Key, StringComparison.OrdinalIgnoreCase)) is var i and >= 0 ? i : int.MaxValue)
            .ToList();
        foreach (var group in groups)
        {
            var known = pillars.Contains(group.Key, StringComparer.OrdinalIgnoreCase);
            doc.Subheading(new TextRun(known ? group.Key : group.Key + " (not a pillar of the framework)"));
            doc.NestedList(group.Select(p => new NestedListItem([new TextRun(p.Text)], [.. p.Details.Select(d => new NestedListItem(d))])));
        }

        foreach (var pillar in pillars.Where(n => groups.All(g => !string.Equals(g.Key, n, StringComparison.OrdinalIgnoreCase))))
        {
            doc.Subheading(new TextRun(pillar));
            doc.Paragraph("No progress reported under this pillar.");
        }
    }

    private static string PillarCell(FrameworkAssessments data, Pillar pillar, SelfAssessment assessment)
    {
        var ranks = pillar.Statements.Select(s => data.Scale.Rank(assessment.RatingOf(s.Id)?.Level)).ToList();
        var parts = Enumerable.Range(0, data.Scale.Levels.Count).Reverse()
            .Select(level => (Level: data.Scale.Levels[level], Count: ranks.Count(r => r == level)))
            .Where(x => x.Count > 0)
            .Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.Count} {x.Level}"))
            .ToList();
        var unrated = ranks.Count(r => r is null);
        if (unrated > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{unrated} not rated"));
        }

        return string.Join("; ", parts);
    }

    private static string Movement(RatingChange change) => change switch
    {
        RatingChange.Improved => "improved",
        RatingChange.Declined => "declined",
        RatingChange.Same => "unchanged",
        RatingChange.NewlyRated => "newly rated",
        RatingChange.NoLongerRated => "no longer rated",
        _ => "not comparable",
    };
}
