using System.Globalization;
using System.Text;
using Nhp.Datasets;
using Nhp.Delivery;
using Nhp.Metrics;
using Nhp.Metrics.Spc;
using Nhp.Periods;
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
        var context = set.ContextInUse.GroupBy(c => c.CrimeType).Select((group, i) => Analyse(group, measures.Length + i + 1)).ToArray();
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
            document.Heading("Context from police.uk: monthly crime").Paragraph(ContextIntro(Force(dataset), context[0].Counts.Count, set.ContextCutOff));
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

    private sealed record MeasureView(MeasureSeries Series, SpcResult Spc, TrendJudgement? Arrow, TargetJudgement? Target, IReadOnlyList<ComparisonView> Comparisons, IReadOnlyList<string> PaperNotes, IReadOnlyList<string> PrintedOnly, Figure? Chart);

    private sealed record ComparisonView(string Name, string Brief, string Narrative, string Summary);

    private sealed record ContextView(string Name, string? Description, IReadOnlyList<MonthlyCrimeCount> Counts, SpcResult Spc, Figure Chart);

    private static MeasureView Analyse(PerformanceSet set, MeasureSeries series, int index)
    {
        var measure = series.Measure;
        var observed = series.Observations.Where(o => o.Value is not null).ToArray();
        var values = observed.Select(o => (double)o.Value!.Value).ToArray();
        var spc = SpcAnalysis.Analyse(values, SpcOptions.ForMeasure(measure, measure.ChartMethod));
        var check = new MeasureCheck(series, set.Quarter, spc.SignificanceForTrend);
        var comparisons = series.PaperComparisons(set.Quarter);
        var printed = set.PrintedChanges.Where(p => p.MeasureId == measure.Id && p.Period == set.Quarter).ToArray();
        var notes = printed.SelectMany(p => PrintedNotes(series, set.Quarter, p)).ToArray();

        // Comparisons the paper printed but gave no figures for: shown as printed, so the summary does not lose them.
        var printedOnly = printed.Where(p => series.Compare(p.Comparison, set.Quarter) is null).Select(p => p.Text).ToArray();
        var span = observed.Length == 0 ? string.Empty : $", {observed[0].Period} to {observed[^1].Period}";
        var description = $"{measure.Subject} by quarter{span}: {string.Join(", ", observed.Select(o => MeasureFormat.Value(o.Value!.Value, measure.Unit)))}. {SpcSentence(spc, measure.Unit)}";
        var chart = values.Length < 2 ? null : Chart(index, measure.Subject + ": SPC chart by quarter, " + ShortMethodName(spc.Options.Method), description, [.. observed.Select(o => o.Period.ToString())], values, spc);
        return new MeasureView(
            series,
            spc,
            PerformanceRules.JudgeTrend(check),
            PerformanceRules.JudgeTarget(check),
            [.. comparisons.Select(c => new ComparisonView(ComparisonName(measure, c.Comparison!), ChangeNarrative.Brief(measure.Unit, c), ChangeNarrative.Describe(measure, c), SummaryName(measure, c)))],
            notes,
            printedOnly,
            chart);
    }

    private static ContextView Analyse(IGrouping<string, MonthlyCrimeCount> group, int index)
    {
        var counts = group.OrderBy(c => c.Month).ToArray();
        var present = counts.Where(c => c.Count is not null).ToArray();

        // Recorded crime: lower is better.
        var spc = SpcAnalysis.Analyse(counts.Select(c => (double?)c.Count).ToArray(), new SpcOptions(SpcMethod.Sd2, true, ImprovementDirections.From(DirectionOfGood.Lower)));
        var description = $"police.uk {group.Key} by month, {MonthLabel(counts[0].Month)} to {MonthLabel(counts[^1].Month)}: {string.Join(", ", counts.Select(c => Count(c.Count)))}. {SpcSentence(spc, MeasureUnit.Count)}";
        var labels = present.Select(c => c.Month.Month % 3 == 1 ? MonthLabel(c.Month) : string.Empty).ToArray();
        var chart = Chart(index, "police.uk " + group.Key + ": SPC chart by month, " + ShortMethodName(spc.Options.Method), description, labels, [.. present.Select(c => (double)c.Count!.Value)], spc);
        return new ContextView(group.Key, CrimeTypeGroup.Find(group.Key)?.Description, counts, spc, chart);
    }

    private static string ComparisonName(MeasureDefinition measure, MeasureComparison comparison) =>
        comparison.Kind == ChangeKind.AgainstBenchmark ? (measure.BenchmarkText is null ? "benchmark" : "national figure") : comparison.Name;

    // A quoted total whose quarters are all in the table, checked against their sum.
    private static string TotalCheck(MeasureSeries series, PeriodTotal total)
    {
        var sum = 0m;
        for (var q = total.From; q <= total.To; q = q.Next)
        {
            if (series.Observations.FirstOrDefault(o => o.Period == q)?.Value is not { } value)
            {
                return string.Empty;
            }

            sum += value;
        }

        var sumText = MeasureFormat.Value(sum, series.Measure.Unit);
        return sum == total.Value ? $" (the table\u2019s quarters add up to it)" : $" (the table\u2019s quarters add up to {sumText}, not to the quoted total)";
    }

    // How a comparison reads after its brief figure in the summary: "-4% (-19) since Q1 2023/24".
    private static string SummaryName(MeasureDefinition measure, Change change) => change.Kind switch
    {
        ChangeKind.SinceQuarter or ChangeKind.AverageChangePerQuarter => "since " + change.BasePeriod,
        ChangeKind.SincePeak => "since the peak of " + change.BasePeriod,
        ChangeKind.YearToDate => "in the year to date on a year earlier",
        _ => "on " + ComparisonName(measure, change.Comparison!),
    };

    // The paper's sentence checked against the figures: against the computed change where the figures give its base,
    // and against the base its printed difference implies where they do not (or where that difference disagrees).
    private static IEnumerable<string> PrintedNotes(MeasureSeries series, FinancialQuarter quarter, PrintedChange printed)
    {
        var computed = series.Compare(printed.Comparison, quarter);
        var implied = series.ValueFor(quarter) is { } value ? printed.ImpliedChange(value) : null;
        if (computed is not null && ChangeNarrative.DescribePrinted(printed, computed) is { } note)
        {
            yield return note;
            if (implied is not null && Math.Round(computed.Difference, 0, MidpointRounding.AwayFromZero) != implied.Difference)
            {
                var verdict = printed.Check(implied) == PrintedPercentCheck.Agrees ? "agrees with the change against that base" : "does not match that base either";
                yield return $"Its difference ({MeasureFormat.SignedDifference(implied.Difference)}) implies a base of {MeasureFormat.Number(implied.BaseValue)}, " +
                    $"not the {MeasureFormat.Number(computed.BaseValue)} the figures give: the paper used a base it does not state. Its {MeasureFormat.Number(printed.PrintedPercent)}% {verdict}.";
            }
        }
        else if (computed is null && implied is not null && ChangeNarrative.DescribeImplied(printed, implied) is { } derived)
        {
            yield return derived;
        }
        else if (computed is null)
        {
            yield return $"The paper printed: \u201c{printed.Text}\u201d It gives no figures to check this against.";
        }
    }

    private static string MethodName(SpcMethod method) => method switch
    {
        SpcMethod.Sd2 => "the paper\u2019s method: mean \u00b1 2 standard deviations",
        SpcMethod.Nhs => "NHS XmR: mean \u00b1 2.66 \u00d7 mean moving range",
        _ => "Anh\u00f8j I chart: mean \u00b1 3 \u00d7 mean moving range / 1.128",
    };

    private static string ShortMethodName(SpcMethod method) => method switch
    {
        SpcMethod.Sd2 => "mean \u00b1 2 standard deviations",
        SpcMethod.Nhs => "NHS XmR",
        _ => "Anh\u00f8j I chart",
    };

    private static Figure Chart(int index, string title, string description, IReadOnlyList<string> labels, IReadOnlyList<double> values, SpcResult spc) =>
        new(title, description, SpcChartSvg.Render("chart-" + index.ToString(CultureInfo.InvariantCulture), title, description, labels, values, spc));

    private static string MonthLabel(NodaTime.YearMonth month) => month.ToString("MMM yyyy", CultureInfo.InvariantCulture);

    private static string Count(int? count) => count is { } c ? Wording.Number(c) : "missing";

    private static string ContextIntro(string force, int months, NodaTime.LocalDate? cut) =>
        $"Public data, not the force\u2019s own figures: monthly street-level crime published on data.police.uk for {force}, grouped by police.uk crime " +
        "type. The police.uk categories are broader than the force\u2019s definitions (for example the national " +
        "neighbourhood-crime measure counts only residential burglary and personal robbery), so these counts do not " +
        $"equal the figures above; with {months} monthly points they show whether recent months are signal or noise. " +
        (cut is { } date ? $"Months ending after {Wording.Date(date)}, the paper\u2019s date, are left out. " : string.Empty) +
        "The files are listed on the sources page.";

    private static string Method(IReadOnlyList<MeasureView> measures)
    {
        var tolerance = "the key\u2019s tolerance (unless a measure\u2019s data states its own, Nhp\u2019s default, not a national standard): a change of no more than " +
            MeasureFormat.Number(TrendKey.Default.TolerancePercent) + "% of the earlier figure (" +
            MeasureFormat.Number(TrendKey.Default.TolerancePoints) + " percentage point for percentage measures) is amber.";
        var trial = measures.Where(m => m.Spc.IsTrial).ToArray();
        var spc = trial.Length > 0 && trial.Length == measures.Count
            ? $"with {Wording.Count(trial.Max(m => m.Spc.Points.Count), "quarter", "quarters")} the limits are trial limits, so the trend arrows follow {tolerance}"
            : $"where a chart has fewer than {SpcAnalysis.ShortBaselinePoints} points its limits are trial limits and the trend arrow follows {tolerance} Otherwise a change beyond that tolerance must also be a special cause.";
        return "Percentages of change are calculated against the earlier figure, and each sentence names the figure it used. " +
            "Where the paper printed a different percentage, its sentence is quoted with the corrected figure. " +
            "SPC charts use the method the data names for each measure (the paper\u2019s own, Appendix A: limits at the mean \u00b1 2 standard deviations; exceptions are a point outside the limits, a run of 7 points above or below the mean, and 7 successive increases), and each chart says which; " + spc +
            " Each measure has two separate judgements: its RAG against its target or benchmark (rule " + PerformanceRules.TargetRag + "), and its trend arrow by the paper\u2019s key (rule " + PerformanceRules.TrendArrow + "), against the previous quarter unless the measure names another comparison.";
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
            .Append(" (").Append(MethodName(spc.Options.Method)).Append(')');
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
            var m = view.Series.Measure;
            return TableRow.Of(
                m.Name,
                latest?.AsPrinted ?? None,
                TargetCell(m),
                view.Target is null ? "no target" : Badge(view.Target),
                view.Arrow is not null ? TrendCell(view) : latest?.Value is null ? "not judged: no figure" : "not judged: no figure for the " + m.TrendComparison.Name,
                view.Comparisons.Count > 0 ? string.Join("; ", view.Comparisons.Select(c => c.Brief + " " + c.Summary))
                    : view.PrintedOnly.Count > 0 ? "As printed: " + string.Join(" ", view.PrintedOnly)
                    : None);
        });
        document.Heading("Summary").Table(
            [new TableColumn("Measure"), TableColumn.Numeric(set.Quarter.ToString()), new TableColumn("Target or benchmark"), new TableColumn("RAG against target"), new TableColumn("Trend"), new TableColumn("The paper\u2019s comparisons")],
            rows,
            rowHeaders: true);
    }

    private static void Measure(DocumentBuilder document, MeasureView view)
    {
        var m = view.Series.Measure;
        document.Heading(m.Name).Definitions(DefinitionRows(m));
        document.Subheading("Data trend");
        if (view.Series.Observations.Count == 0)
        {
            document.Paragraph("The paper prints no figures for this measure: its data trend is empty.");
        }
        else
        {
            document.Table(
                [new TableColumn("Quarter"), TableColumn.Numeric("Figure"), TableColumn.Numeric("Change on previous quarter")],
                view.Series.Observations.Select(o => TableRow.Of(o.Period.ToString(), o.AsPrinted ?? (o.Value is { } v ? MeasureFormat.Value(v, m.Unit) : None), ChangeCell(view.Series, o))),
                rowHeaders: true);
        }
        if (view.Series.ReferenceFigures.Count > 0 || view.Series.ReferenceTotals.Count > 0)
        {
            var quoted = view.Series.ReferenceFigures.Select(o => $"{o.Period} {o.AsPrinted}")
                .Concat(view.Series.ReferenceTotals.Select(t => $"{t.Span} in total {t.AsPrinted ?? MeasureFormat.Value(t.Value, m.Unit)}{TotalCheck(view.Series, t)}"));
            document.Paragraph("Quoted in the paper\u2019s text, not in its table: " + string.Join("; ", quoted) + ".");
        }

        var counts = view.Series.CountsFromRate();
        if (counts.Count > 0)
        {
            document.Subheading("Derived: positive outcomes").Table(
                [new TableColumn("Quarter"), TableColumn.Numeric("Rate"), TableColumn.Numeric("Crimes recorded"), TableColumn.Numeric("Rate \u00d7 crimes recorded (derived)"), TableColumn.Numeric("As printed")],
                counts.Select(c => TableRow.Of(c.Period.ToString(), MeasureFormat.Value(c.Rate, MeasureUnit.Percentage), Wording.Number((int)c.Denominator), "about " + Wording.Number((int)c.Derived), c.Printed is { } p ? Wording.Number((int)p) : None)),
                rowHeaders: true);
            document.Paragraph("The derived counts are the printed rate, rounded to a whole percent, times crimes recorded, so they are approximate.");
        }

        document.Subheading("SPC chart");
        if (view.Chart is null)
        {
            document.Paragraph("No chart: the paper gives fewer than two figures for this measure.");
        }
        else
        {
            document.Add(view.Chart);
        }

        document.Subheading("Against the target");
        if (view.Target is null)
        {
            document.Paragraph("Not rated: the paper sets no target or benchmark for this measure, or gives no figure for the quarter.");
        }
        else
        {
            document.Paragraph(Badge(view.Target), ": " + view.Target.Reason);
        }
        var trendBase = m.TrendComparison.Name;
        document.Subheading("Trend against the " + trendBase);
        if (view.Arrow is null)
        {
            document.Paragraph($"No trend: the quarter or the {trendBase} has no figure.");
        }
        else
        {
            document.Paragraph(Badge(view.Arrow), $": {view.Arrow.Reason} Key: {view.Arrow.KeyText}");
        }

        document.Subheading("The paper\u2019s comparisons");
        if (view.Comparisons.Count == 0)
        {
            document.Paragraph("No comparison can be computed from the figures the paper gives.");
        }
        else
        {
            document.Bullets(view.Comparisons.Select(c => (IReadOnlyList<Inline>)["Against the " + c.Name + ": " + c.Narrative]));
        }

        foreach (var note in view.PaperNotes)
        {
            document.Note(note);
        }

        foreach (var section in view.Series.Commentary)
        {
            document.Subheading("The paper\u2019s " + section.Heading + " (verbatim)");
            foreach (var paragraph in section.Paragraphs)
            {
                document.Paragraph(paragraph);
            }
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
        return ids.Count == 0 ? "none" : string.Join(", ", ids) + (type.Length == 0 ? string.Empty : " (" + type + ")");
    }

    private static string TargetCell(MeasureDefinition m) =>
        m.Target is { } t ? MeasureFormat.Value(t, m.Unit) + (m.TargetText is null ? string.Empty : " (" + m.TargetText + ")")
        : m.Benchmark is { } b ? "national " + MeasureFormat.Value(b, m.Unit) + (m.TargetText is null ? string.Empty : " (" + m.TargetText + ")")
        : m.TargetText ?? None;

    private static RagBadge Badge(TargetJudgement target) => new(Wording.Rag(target.Rag), Wording.Rag(target.Rag) + " (" + target.Outcome switch
    {
        TargetOutcome.Met => "met",
        TargetOutcome.WithinTolerance => "within tolerance",
        _ => "missed",
    } + ")");

    private static TableCell TrendCell(MeasureView view) =>
        view.Series.Measure.TrendComparison.Kind == ChangeKind.PeriodOnPeriod
            ? Badge(view.Arrow!)
            : new TableCell([Badge(view.Arrow!), " on the " + view.Series.Measure.TrendComparison.Name]);

    private static RagBadge Badge(TrendJudgement arrow) => new(Wording.Rag(arrow.Rag), arrow.Symbol + " " + Wording.Rag(arrow.Rag));

    private static IEnumerable<(string Term, string Description)> DefinitionRows(MeasureDefinition m)
    {
        yield return ("Priority", m.Priority);
        yield return ("Definition", m.Definition);
        yield return ("Counting rule", m.CountingRule);
        yield return ("Unit", MeasureWording.Unit(m.Unit) + "; " + MeasureWording.Direction(m.DirectionOfGood));
        if (m.TargetText is not null)
        {
            yield return ("Target as worded", m.TargetText);
        }

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
