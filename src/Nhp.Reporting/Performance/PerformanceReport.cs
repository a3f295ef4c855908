using System.Globalization;
using System.Text;
using Nhp.Datasets;
using Nhp.Delivery;
using Nhp.Metrics;
using Nhp.Metrics.Spc;
using Nhp.PoliceUk;
using Nhp.Rag;
using Nhp.Reporting.Documents;
using Nhp.Text;

namespace Nhp.Reporting.Performance;

/// <summary>
/// The "Policing Plan Performance" report for one quarter: per measure its definition, a data-trend table, an SPC chart
/// (NHS "Making Data Count" XmR limits), the trend arrow and RAG of the paper's key, and a narrative whose percentages
/// are computed against the earlier figure, with the paper's own sentence beside it where its arithmetic differs.
/// </summary>
/// <remarks>
/// Every judgement comes from the domain: the SPC options of a measure (<see cref="SpcOptions.ForMeasure"/>), the
/// trial-limit policy (<see cref="SpcResult.SignificanceForTrend"/>), the trend key (<see cref="TrendKey"/>) and the
/// change arithmetic and its wording (<see cref="ChangeNarrative"/>). The report only arranges them in a document.
/// </remarks>
public sealed class PerformanceReport : DocumentReport
{
    private const string None = "\u2014";

    /// <inheritdoc />
    public override string Id => "performance";

    /// <inheritdoc />
    public override string Title => "Policing Plan Performance";

    /// <inheritdoc />
    public override Document Build(NhpDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        if (dataset.Performance is not { } set)
        {
            return new DocumentBuilder(Title + ": " + dataset.Name).Paragraph("This dataset has no performance measures.").Build();
        }

        var measures = set.Measures.Select((series, i) => Analyse(set, series, i + 1)).ToArray();
        var context = set.MonthlyContext.GroupBy(c => c.CrimeType).Select((group, i) => Analyse(group, measures.Length + i + 1)).ToArray();
        var document = new DocumentBuilder($"Policing Plan Performance Report: Quarter {set.Quarter.Quarter} {set.Quarter.Year}")
            .Subtitle($"{dataset.Name}. From \u201c{set.Title}\u201d. {set.Quarter} runs from {set.Quarter.Start.ToString("d MMMM", CultureInfo.InvariantCulture)} to {Wording.Date(set.Quarter.End)}.")
            .Paragraph(Method(measures));

        Summary(document, set, measures);
        foreach (var view in measures)
        {
            Measure(document, view);
        }

        if (context.Length > 0)
        {
            document.Heading("Context from police.uk: monthly crime").Paragraph(ContextIntro(Force(dataset)));
            foreach (var view in context)
            {
                Context(document, view);
            }
        }

        document.Heading("Key to the trend arrows").Bullets(KeyArrows().Select(arrow => (IReadOnlyList<Inline>)[Badge(arrow), ": " + arrow.KeyText]));
        return document.Build();
    }

    // The force the data is about; the one place to change when the dataset names its force.
    private static string Force(NhpDataset dataset) => dataset.Force ?? "the force";

    private sealed record MeasureView(MeasureSeries Series, SpcResult Spc, TrendJudgement? Arrow, string? Narrative, string? PaperNote, Figure Chart);

    private sealed record ContextView(string Name, string? Description, IReadOnlyList<MonthlyCrimeCount> Counts, SpcResult Spc, Figure Chart);

    private static MeasureView Analyse(PerformanceSet set, MeasureSeries series, int index)
    {
        var measure = series.Measure;
        var change = series.PeriodOnPeriod(set.Quarter);
        var observed = series.Observations.Where(o => o.Value is not null).ToArray();
        var values = observed.Select(o => (double)o.Value!.Value).ToArray();
        var spc = SpcAnalysis.Analyse(values, SpcOptions.ForMeasure(measure));
        var arrow = change is null ? null : TrendKey.Default.Judge(measure, change, spc.SignificanceForTrend);
        var paper = set.PrintedChanges.FirstOrDefault(p => p.MeasureId == measure.Id && p.Period == set.Quarter);
        var span = observed.Length == 0 ? string.Empty : $", {observed[0].Period} to {observed[^1].Period}";
        var description = $"{measure.Subject} by quarter{span}: {string.Join(", ", observed.Select(o => MeasureFormat.Value(o.Value!.Value, measure.Unit)))}. {SpcSentence(spc, measure.Unit)}";
        var chart = Chart(index, measure.Subject + ": SPC chart by quarter", description, [.. observed.Select(o => o.Period.ToString())], values, spc);
        return new MeasureView(
            series,
            spc,
            arrow,
            change is null ? null : ChangeNarrative.Describe(measure, change),
            paper is null || change is null ? null : ChangeNarrative.DescribePrinted(paper, change),
            chart);
    }

    private static ContextView Analyse(IGrouping<string, MonthlyCrimeCount> group, int index)
    {
        var counts = group.OrderBy(c => c.Month).ToArray();
        var present = counts.Where(c => c.Count is not null).ToArray();

        // Recorded crime: lower is better.
        var spc = SpcAnalysis.Analyse(counts.Select(c => (double?)c.Count).ToArray(), new SpcOptions(SpcMethod.Nhs, true, ImprovementDirections.From(DirectionOfGood.Lower)));
        var description = $"police.uk {group.Key} by month, {MonthLabel(counts[0].Month)} to {MonthLabel(counts[^1].Month)}: {string.Join(", ", counts.Select(c => Count(c.Count)))}. {SpcSentence(spc, MeasureUnit.Count)}";
        var labels = present.Select(c => c.Month.Month % 3 == 1 ? MonthLabel(c.Month) : string.Empty).ToArray();
        var chart = Chart(index, "police.uk " + group.Key + ": SPC chart by month", description, labels, [.. present.Select(c => (double)c.Count!.Value)], spc);
        return new ContextView(group.Key, CrimeTypeGroup.Find(group.Key)?.Description, counts, spc, chart);
    }

    private static Figure Chart(int index, string title, string description, IReadOnlyList<string> labels, IReadOnlyList<double> values, SpcResult spc) =>
        new(title, description, SpcChartSvg.Render("chart-" + index.ToString(CultureInfo.InvariantCulture), title, description, labels, values, spc));

    private static string MonthLabel(NodaTime.YearMonth month) => month.ToString("MMM yyyy", CultureInfo.InvariantCulture);

    private static string Count(int? count) => count is { } c ? Wording.Number(c) : "missing";

    private static string ContextIntro(string force) =>
        $"Monthly street-level crime published on data.police.uk for {force}, grouped by police.uk crime " +
        "type. The police.uk categories are broader than the force\u2019s definitions (for example the national " +
        "neighbourhood-crime measure counts only residential burglary and personal robbery), so these counts do not " +
        "equal the figures above; with 24 monthly points they show whether recent months are signal or noise.";

    private static string Method(IReadOnlyList<MeasureView> measures)
    {
        var tolerance = "the key\u2019s tolerance (Nhp\u2019s default, not a national standard): a change of no more than " +
            MeasureFormat.Number(TrendKey.Default.TolerancePercent) + "% of the earlier figure (" +
            MeasureFormat.Number(TrendKey.Default.TolerancePoints) + " percentage point for percentage measures) is amber.";
        var trial = measures.Where(m => m.Spc.IsTrial).ToArray();
        var spc = trial.Length > 0 && trial.Length == measures.Count
            ? $"with {Wording.Count(trial.Max(m => m.Spc.Points.Count), "quarter", "quarters")} the limits are trial limits, so the trend arrows follow {tolerance}"
            : $"where a chart has fewer than {SpcAnalysis.ShortBaselinePoints} points its limits are trial limits and the trend arrow follows {tolerance} Otherwise a change beyond that tolerance must also be a special cause.";
        return "Percentages of change are calculated against the earlier figure, and each sentence names the figure it used. " +
            "Where the paper printed a different percentage, its sentence is quoted with the corrected figure. " +
            "SPC charts use the NHS \u201cMaking Data Count\u201d XmR method; " + spc;
    }

    private static string SpcSentence(SpcResult spc, MeasureUnit unit)
    {
        if (!spc.HasEnoughData)
        {
            return "No control limits: " + spc.NotEnoughDataReason;
        }

        var text = new StringBuilder();
        text.Append("Mean ").Append(SpcChartSvg.N(spc.Centre!.Value))
            .Append(", process limits ").Append(SpcChartSvg.N(spc.LowerLimit!.Value)).Append(" to ").Append(SpcChartSvg.N(spc.UpperLimit!.Value))
            .Append(" (NHS XmR: mean ± 2.66 × mean moving range)");
        if (spc.IsTrial)
        {
            text.Append(CultureInfo.InvariantCulture, $"; trial limits on {spc.Points.Count} points, fewer than {spc.Options.MinimumPointsForLimits}, so they will move as data is added");
        }

        var signals = spc.Points.Count(p => p.Signals != SpcSignals.None);
        text.Append(". ").Append(signals == 0
            ? "No point is a special cause."
            : string.Create(CultureInfo.InvariantCulture, $"{signals} point(s) are special causes. {spc.Explanation}"));
        if (spc.Assurance is { } assurance && spc.Options.Target is { } target)
        {
            text.Append(" Assurance against the target of ").Append(MeasureFormat.Value((decimal)target, unit)).Append(": ").Append(assurance switch
            {
                SpcAssurance.ConsistentPass => "the target lies outside the limits on the good side, so it will consistently be met.",
                SpcAssurance.ConsistentFail => "the target lies outside the limits on the bad side, so it will consistently be missed.",
                _ => "the target lies within the limits, so it will be met only some of the time.",
            });
        }

        return text.ToString();
    }

    private static void Summary(DocumentBuilder document, PerformanceSet set, IEnumerable<MeasureView> measures)
    {
        var rows = measures.Select(view =>
        {
            var latest = view.Series.Observations.FirstOrDefault(o => o.Period == set.Quarter);
            return TableRow.Of(
                view.Series.Measure.Name,
                latest?.AsPrinted ?? None,
                latest is null ? None : ChangeCell(view.Series, latest),
                view.Arrow is null ? None : Badge(view.Arrow));
        });
        document.Heading("Summary").Table(
            [new TableColumn("Measure"), TableColumn.Numeric(set.Quarter.ToString()), TableColumn.Numeric($"Change on {set.Quarter.Previous}"), new TableColumn("Trend and RAG")],
            rows,
            rowHeaders: true);
    }

    private static void Measure(DocumentBuilder document, MeasureView view)
    {
        var m = view.Series.Measure;
        document.Heading(m.Name).Definitions(DefinitionRows(m));
        document.Subheading("Data trend").Table(
            [new TableColumn("Quarter"), TableColumn.Numeric("Figure"), TableColumn.Numeric("Change on previous quarter")],
            view.Series.Observations.Select(o => TableRow.Of(o.Period.ToString(), o.AsPrinted ?? (o.Value is { } v ? MeasureFormat.Value(v, m.Unit) : None), ChangeCell(view.Series, o))),
            rowHeaders: true);
        document.Subheading("SPC chart").Add(view.Chart);
        document.Subheading("Trend");
        if (view.Arrow is null)
        {
            document.Paragraph("No trend: the latest or previous quarter has no figure.");
        }
        else
        {
            document.Paragraph(Badge(view.Arrow), $": {view.Arrow.Reason} Key: {view.Arrow.KeyText}");
        }

        document.Subheading("Narrative").Paragraph(view.Narrative ?? "No change can be computed for this quarter.");
        if (view.PaperNote is not null)
        {
            document.Note(view.PaperNote);
        }
    }

    private static void Context(DocumentBuilder document, ContextView view)
    {
        document.Subheading(view.Name);
        if (view.Description is not null)
        {
            document.Paragraph(view.Description);
        }

        document.Add(view.Chart).Table(
            [new TableColumn("Month"), TableColumn.Numeric("Count"), new TableColumn("SPC signals")],
            view.Counts.Select((c, i) => TableRow.Of(MonthLabel(c.Month), Count(c.Count), Signals(view.Spc, i))),
            rowHeaders: true);
    }

    private static string ChangeCell(MeasureSeries series, QuarterlyObservation observation) =>
        series.PeriodOnPeriod(observation.Period) is { } change ? ChangeNarrative.Brief(series.Measure.Unit, change) : None;

    private static string Signals(SpcResult spc, int index)
    {
        if (!spc.HasEnoughData || index >= spc.Points.Count)
        {
            return None;
        }

        var point = spc.Points[index];
        var ids = SpcSignalIds.Ids(point.Signals);
        var type = point.PointType is { } t ? SpcSignalIds.PointTypeId(t).Replace('_', ' ') : string.Empty;
        return ids.Count == 0 ? "none" : string.Join(", ", ids) + " (" + type + ")";
    }

    private static RagBadge Badge(TrendJudgement arrow) => new(Wording.Rag(arrow.Rag), arrow.Symbol + " " + Wording.Rag(arrow.Rag));

    private static IEnumerable<(string Term, string Description)> DefinitionRows(MeasureDefinition m)
    {
        yield return ("Priority", m.Priority);
        yield return ("Definition", m.Definition);
        yield return ("Counting rule", m.CountingRule);
        yield return ("Unit", MeasureWording.Unit(m.Unit) + "; " + MeasureWording.Direction(m.DirectionOfGood));
        if (m.Target is { } target)
        {
            yield return ("Target", MeasureFormat.Value(target, m.Unit));
        }

        if (m.Benchmark is { } benchmark)
        {
            yield return ("Benchmark", MeasureFormat.Value(benchmark, m.Unit) + (m.BenchmarkText is null ? string.Empty : " (" + m.BenchmarkText + ")"));
        }

        yield return ("Data source", m.DataSource);
    }

    private static IEnumerable<TrendJudgement> KeyArrows() =>
    [
        new(TrendKeyArrow.Up, RagStatus.Green, string.Empty),
        new(TrendKeyArrow.Right, RagStatus.Green, string.Empty),
        new(TrendKeyArrow.Down, RagStatus.Green, string.Empty),
        new(TrendKeyArrow.Right, RagStatus.Amber, string.Empty),
        new(TrendKeyArrow.Up, RagStatus.Red, string.Empty),
        new(TrendKeyArrow.Down, RagStatus.Red, string.Empty),
    ];
}
