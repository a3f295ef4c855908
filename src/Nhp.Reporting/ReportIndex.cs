using System.Globalization;
using Nhp.Datasets;
using Nhp.Delivery;
using Nhp.Metrics;
using Nhp.Reporting.Documents;
using Nhp.Text;

namespace Nhp.Reporting;

/// <summary>
/// The index of a folder of rendered reports (<c>index.md</c> and <c>index.html</c> of <c>nhp report</c>): the
/// dataset's headline figures (deliverables by RAG, measures off target, the crime recording compliance rate, the next
/// panel meeting) and a link to every report, with a note where a report lacks the part of the dataset it needs. Built
/// as a <see cref="Document"/>, so every renderer writes it. Pure and thread-safe.
/// </summary>
public static class ReportIndex
{
    /// <summary>The file name of the index without its extension: <c>index</c>.</summary>
    public const string FileName = "index";

    /// <summary>
    /// The index of <paramref name="reports"/> rendered for <paramref name="dataset"/>, linking each report's file in
    /// <paramref name="format"/> (<c>&lt;id&gt;.&lt;ext&gt;</c>, or its first format when it lacks that one) and its other formats.
    /// </summary>
    /// <param name="dataset">The dataset the reports were rendered from.</param>
    /// <param name="reports">The reports, in order.</param>
    /// <param name="format">The format of the index, whose files it links first.</param>
    /// <param name="written">The formats the reports were written in (others are not linked), or null for every format each supports.</param>
    /// <returns>The document.</returns>
    public static Document Build(NhpDataset dataset, IEnumerable<IReport> reports, ReportFormat format, IReadOnlyCollection<ReportFormat>? written = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(reports);
        var doc = new DocumentBuilder("Reports: " + dataset.Name);
        if (dataset.AsOf is { } asOf)
        {
            doc.Subtitle($"Data as at {Wording.Date(asOf)}.");
        }

        doc.Heading("Headline figures").Definitions(
        [
            ("Deliverables by RAG", Deliverables(dataset.DeliveryPlan)),
            ("Measures off target", MeasuresOffTarget(dataset.Performance)),
            ("Crime recording compliance", Compliance(dataset)),
            ("Next panel meeting", NextMeeting(dataset)),
        ]);
        var rows = new List<TableRow>();
        foreach (var report in reports)
        {
            var formats = report.Formats.Where(f => written is null || written.Contains(f)).ToArray();
            if (formats.Length == 0)
            {
                continue;
            }

            var main = formats.Contains(format) ? format : formats[0];
            var others = formats.Where(f => f != main).Select(f => (Inline)new Link(f.FileExtension(), File(report, f))).ToList();
            var also = new List<Inline>();
            foreach (var link in others)
            {
                if (also.Count > 0)
                {
                    also.Add(new TextRun(", "));
                }

                also.Add(link);
            }

            var missing = DatasetFolder.Parts.Where(p => p.ReportIds.Contains(report.Id, StringComparer.OrdinalIgnoreCase) && !p.IsIn(dataset)).Select(p => p.Description).ToArray();
            rows.Add(TableRow.Of(
                new Link(report.Title, File(report, main)),
                also.Count == 0 ? TableCell.Empty : new TableCell(also),
                missing.Length == 0 ? "In the dataset" : "The dataset has no " + string.Join(" or ", missing) + "; the report says so."));
        }

        doc.Heading("Reports").Table([new TableColumn("Report"), new TableColumn("Other formats"), new TableColumn("Data")], rows);
        return doc.Build();
    }

    private static string File(IReport report, ReportFormat format) => report.Id + "." + format.FileExtension();

    private static string Deliverables(DeliveryPlan? plan)
    {
        if (plan is null)
        {
            return "No delivery plan in the dataset.";
        }

        var all = plan.Deliverables.ToArray();
        var counts = Enum.GetValues<RagStatus>()
            .Select(status => (Status: status, Count: all.Count(d => d.Rag == status)))
            .Where(c => c.Count > 0)
            .Select(c => $"{Wording.Number(c.Count)} {Wording.Rag(c.Status)}");
        var month = plan.AsOf is { } m ? $" (summary position {Wording.Month(m)})" : string.Empty;
        return $"{Wording.Count(all.Length, "deliverable", "deliverables")}{month}: {string.Join(", ", counts)}.";
    }

    private static string MeasuresOffTarget(PerformanceSet? set)
    {
        if (set is null)
        {
            return "No performance measures in the dataset.";
        }

        var judged = set.Measures
            .Select(series => (Series: series, Judgement: PerformanceRules.JudgeTarget(new MeasureCheck(series, set.Quarter))))
            .Where(j => j.Judgement is not null)
            .ToArray();
        var off = judged.Where(j => j.Judgement!.Outcome != TargetOutcome.Met).ToArray();
        var missed = off.Count(j => j.Judgement!.Outcome == TargetOutcome.Missed);
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{Wording.Number(off.Length)} of the {Wording.Count(judged.Length, "measure", "measures")} with a target or benchmark in {set.Quarter} ({Wording.Number(missed)} missed, {Wording.Number(off.Length - missed)} within tolerance)");
        return off.Length == 0 ? text + "." : text + ": " + string.Join("; ", off.Select(j => j.Series.Measure.Name)) + ".";
    }

    private static string Compliance(NhpDataset dataset)
    {
        if (dataset.CrimeDataIntegrity is not { } review)
        {
            return "No crime data integrity review in the dataset.";
        }

        return review.Overall?.Compliance is { } rate
            ? $"{Wording.Percent(rate.Rate)} of crimes correctly recorded ({Wording.Number(rate.Successes)} of {Wording.Number(rate.Trials)}), {review.Title}."
            : $"{review.Title} gives no overall figure.";
    }

    private static string NextMeeting(NhpDataset dataset)
    {
        if (dataset.Engagement is not { } data)
        {
            return "No cluster panels in the dataset.";
        }

        var next = data.Meetings
            .Where(m => !m.Cancelled && !m.IsHeld(data.AsOf))
            .OrderBy(m => m.Date).ThenBy(m => m.Start)
            .FirstOrDefault();
        if (next is null)
        {
            return $"None booked after {Wording.Date(data.AsOf)}.";
        }

        var name = next.Title ?? (next.Cluster is { } cluster ? cluster + " cluster panel" : "City-wide meeting");
        return string.Create(CultureInfo.InvariantCulture, $"{name}, {Wording.Date(next.Date)} at {next.Start:HH:mm}, {next.Venue} (data as at {Wording.Date(data.AsOf)}).");
    }
}
