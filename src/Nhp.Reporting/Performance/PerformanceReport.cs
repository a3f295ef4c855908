using System.Globalization;
using System.Text;
using Nhp.Datasets;
using Nhp.Delivery;
using Nhp.Metrics;
using Nhp.Metrics.Spc;
using Nhp.Periods;
using Nhp.PoliceUk;
using Nhp.Rag;
using Nhp.Reporting.Text;

namespace Nhp.Reporting.Performance;

/// <summary>
/// The "Policing Plan Performance" report for one quarter: per measure its definition, a data-trend table, an SPC chart
/// (NHS "Making Data Count" XmR limits), the trend arrow and RAG of the paper's key, and a narrative whose percentages
/// are computed against the earlier figure, with the paper's own sentence beside it where its arithmetic differs.
/// </summary>
public sealed class PerformanceReport : IReport
{
    /// <inheritdoc />
    public string Id => "performance";

    /// <inheritdoc />
    public string Title => "Policing Plan Performance";

    /// <inheritdoc />
    public IReadOnlyList<ReportFormat> Formats { get; } = [ReportFormat.Markdown, ReportFormat.Html];

    /// <inheritdoc />
    public void Render(NhpDataset dataset, ReportFormat format, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(writer);
        this.EnsureSupports(format);
        var model = dataset.Performance is null ? null : Build(dataset.Performance);
        writer.Write(format == ReportFormat.Html ? RenderHtml(dataset, model) : RenderMarkdown(dataset, model));
    }

    private sealed record MeasureView(
        MeasureSeries Series,
        Change? Change,
        SpcResult Spc,
        TrendJudgement? Arrow,
        string? Narrative,
        string SpcSentence,
        string? PaperNote,
        string Svg);

    private sealed record ContextView(string Name, string? Description, IReadOnlyList<MonthlyCrimeCount> Counts, SpcResult Spc, string SpcSentence, string Svg);

    private sealed record Model(PerformanceSet Set, IReadOnlyList<MeasureView> Measures, IReadOnlyList<ContextView> Context);

    private static Model Build(PerformanceSet set)
    {
        var views = new List<MeasureView>();
        var index = 0;
        foreach (var series in set.Measures)
        {
            index++;
            var measure = series.Measure;
            var change = series.PeriodOnPeriod(set.Quarter);
            var observed = series.Observations.Where(o => o.Value is not null).ToArray();
            var values = observed.Select(o => (double)o.Value!.Value).ToArray();
            var improvement = measure.DirectionOfGood switch
            {
                DirectionOfGood.Higher => ImprovementDirection.Increase,
                DirectionOfGood.Lower => ImprovementDirection.Decrease,
                _ => ImprovementDirection.Neutral,
            };
            var spc = SpcAnalysis.Analyse(values, new SpcOptions(SpcMethod.Nhs, true, improvement, (double?)measure.Target));

            // Limits on fewer than 13 points are trial limits: the arrow then follows the tolerance rule, not SPC.
            var significance = spc.HasEnoughData && !spc.ShortBaseline ? spc : null;
            var arrow = change is null ? null : TrendKey.Default.Judge(measure, change, significance);
            var narrative = change is null ? null : ChangeNarrative.Describe(measure, change);
            var paper = set.PrintedChanges.FirstOrDefault(p => p.MeasureId == measure.Id && p.Period == set.Quarter);
            var labels = observed.Select(o => o.Period.ToString()).ToArray();
            var description = DescribeChart(series, observed, spc);
            var svg = SpcChartSvg.Render(
                "chart-" + index.ToString(CultureInfo.InvariantCulture),
                measure.Subject + ": SPC chart by quarter",
                description,
                labels,
                values,
                spc);
            views.Add(new MeasureView(series, change, spc, arrow, narrative, SpcSentence(spc, measure.Unit), PaperNote(paper, change), svg));
        }

        var context = new List<ContextView>();
        foreach (var group in set.MonthlyContext.GroupBy(c => c.CrimeType))
        {
            index++;
            var counts = group.OrderBy(c => c.Month).ToArray();
            var present = counts.Where(c => c.Count is not null).ToArray();
            var values = present.Select(c => (double)c.Count!.Value).ToArray();
            var spc = SpcAnalysis.Analyse(counts.Select(c => (double?)c.Count).ToArray(), new SpcOptions(SpcMethod.Nhs, true, ImprovementDirection.Decrease));
            var labels = present.Select(c => c.Month.Month % 3 == 1 ? MonthLabel(c.Month) : string.Empty).ToArray();
            var sentence = SpcSentence(spc, MeasureUnit.Count);
            var description = string.Create(CultureInfo.InvariantCulture, $"police.uk {group.Key} by month, {MonthLabel(counts[0].Month)} to {MonthLabel(counts[^1].Month)}: {string.Join(", ", counts.Select(c => c.Count?.ToString(CultureInfo.InvariantCulture) ?? "missing"))}. {sentence}");
            var svg = SpcChartSvg.Render("chart-" + index.ToString(CultureInfo.InvariantCulture), "police.uk " + group.Key + ": SPC chart by month", description, labels, values, spc);
            context.Add(new ContextView(group.Key, CrimeTypeGroup.Find(group.Key)?.Description, counts, spc, sentence, svg));
        }

        return new Model(set, views, context);
    }

    private static string MonthLabel(NodaTime.YearMonth month) => month.ToString("MMM yyyy", CultureInfo.InvariantCulture);

    private static string ContextIntro(NhpDataset dataset) =>
        "Monthly street-level crime published on data.police.uk for " + (dataset.Force ?? "the force") + ", grouped by police.uk crime " +
        "type. The police.uk categories are broader than the force\u2019s definitions (for example the national " +
        "neighbourhood-crime measure counts only residential burglary and personal robbery), so these counts do not " +
        "equal the figures above; with 24 monthly points they show whether recent months are signal or noise.";

    private static string DescribeChart(MeasureSeries series, QuarterlyObservation[] observed, SpcResult spc)
    {
        var text = new StringBuilder();
        text.Append(series.Measure.Subject).Append(" by quarter");
        if (observed.Length > 0)
        {
            text.Append(", ").Append(observed[0].Period).Append(" to ").Append(observed[^1].Period);
        }

        text.Append(": ").Append(string.Join(", ", observed.Select(o => MeasureFormat.Value(o.Value!.Value, series.Measure.Unit)))).Append(". ");
        text.Append(SpcSentence(spc, series.Measure.Unit));
        return text.ToString();
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
        if (spc.ShortBaseline)
        {
            text.Append("; trial limits on ").Append(spc.Points.Count.ToString(CultureInfo.InvariantCulture))
                .Append(" points, fewer than ").Append(SpcAnalysis.ShortBaselinePoints.ToString(CultureInfo.InvariantCulture)).Append(", so they will move as data is added");
        }

        var signals = spc.Points.Where(p => p.Signals != SpcSignals.None).ToArray();
        text.Append(". ").Append(signals.Length == 0
            ? "No point is a special cause."
            : string.Create(CultureInfo.InvariantCulture, $"{signals.Length} point(s) are special causes. {spc.Explanation}"));
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

    private static string? PaperNote(PrintedChange? paper, Change? change)
    {
        if (paper is null || change?.Percent is not { } percent)
        {
            return null;
        }

        var ours = Math.Round(Math.Abs(percent), 0, MidpointRounding.AwayFromZero);
        if (ours == paper.PrintedPercent)
        {
            return $"The paper printed: \u201c{paper.Text}\u201d Its percentage agrees with the change against the earlier figure.";
        }

        var ofLater = change.Value == 0 ? (decimal?)null : Math.Round(Math.Abs(change.Difference) / change.Value * 100m, 0, MidpointRounding.AwayFromZero);
        var why = ofLater == paper.PrintedPercent
            ? $"Its {MeasureFormat.Number(paper.PrintedPercent)}% is the change as a share of the later figure ({MeasureFormat.Number(change.Value)})"
            : $"Its {MeasureFormat.Number(paper.PrintedPercent)}% does not match the figures";
        return $"The paper printed: \u201c{paper.Text}\u201d {why}; against the earlier figure ({MeasureFormat.Number(change.BaseValue)}) the change is {MeasureFormat.WholePercent(percent)}%.";
    }

    private static string ChangeCell(MeasureSeries series, QuarterlyObservation observation)
    {
        var change = series.PeriodOnPeriod(observation.Period);
        if (change is null)
        {
            return "\u2014";
        }

        if (change.Direction == 0)
        {
            return "no change";
        }

        if (series.Measure.Unit == MeasureUnit.Percentage)
        {
            return MeasureFormat.SignedDifference(change.Difference) + (Math.Abs(change.Difference) == 1 ? " pt" : " pts");
        }

        return change.Percent is { } p
            ? (change.Direction < 0 ? "-" : change.Direction > 0 ? "+" : string.Empty) + MeasureFormat.WholePercent(p) + "% (" + MeasureFormat.SignedDifference(change.Difference) + ")"
            : MeasureFormat.SignedDifference(change.Difference);
    }

    private static string Signals(SpcResult spc, int index)
    {
        if (!spc.HasEnoughData || index >= spc.Points.Count)
        {
            return "\u2014";
        }

        var point = spc.Points[index];
        var ids = SpcSignalIds.Ids(point.Signals);
        var type = point.PointType is { } t ? SpcSignalIds.PointTypeId(t).Replace('_', ' ') : string.Empty;
        return ids.Count == 0 ? "none" : string.Join(", ", ids) + " (" + type + ")";
    }

    private static string Rag(TrendJudgement? arrow) => arrow?.Rag switch
    {
        RagStatus.Green => "GREEN",
        RagStatus.Amber => "AMBER",
        RagStatus.Red => "RED",
        _ => "NONE",
    };

    private static string Direction(DirectionOfGood direction) => direction switch
    {
        DirectionOfGood.Higher => "higher is better",
        DirectionOfGood.Lower => "lower is better",
        _ => "no direction is better",
    };

    private static string Unit(MeasureUnit unit) => unit switch
    {
        MeasureUnit.Count => "count",
        MeasureUnit.Percentage => "percentage",
        MeasureUnit.Rate => "rate",
        MeasureUnit.Score => "score",
        MeasureUnit.Hours => "hours",
        _ => "money",
    };

    private static string QuarterSpan(FinancialQuarter quarter) =>
        quarter.Start.ToString("d MMMM", CultureInfo.InvariantCulture) + " to " + quarter.End.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Heading(PerformanceSet set) => $"Policing Plan Performance Report: Quarter {set.Quarter.Quarter} {set.Quarter.Year}";

    private static IEnumerable<(string Label, string Text)> DefinitionRows(MeasureDefinition m)
    {
        yield return ("Priority", m.Priority);
        yield return ("Definition", m.Definition);
        yield return ("Counting rule", m.CountingRule);
        yield return ("Unit", Unit(m.Unit) + "; " + Direction(m.DirectionOfGood));
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

    private static readonly string Method =
        "Percentages of change are calculated against the earlier figure, and each sentence names the figure it used. " +
        "Where the paper printed a different percentage, its sentence is quoted with the corrected figure. " +
        "SPC charts use the NHS \u201cMaking Data Count\u201d XmR method; with four quarters the limits are trial limits, " +
        "so the trend arrows follow the key\u2019s tolerance (Nhp\u2019s default, not a national standard): a change of no more than " +
        MeasureFormat.Number(TrendKey.Default.TolerancePercent) + "% of the earlier figure (" +
        MeasureFormat.Number(TrendKey.Default.TolerancePoints) + " percentage point for percentage measures) is amber.";

    private static string RenderMarkdown(NhpDataset dataset, Model? model)
    {
        var md = new StringBuilder();
        if (model is null)
        {
            md.Append("# Policing Plan Performance: ").Append(Markdown.Text(dataset.Name)).Append("\n\n");
            md.Append("This dataset has no performance measures.\n");
            return md.ToString();
        }

        var set = model.Set;
        md.Append("# ").Append(Markdown.Text(Heading(set))).Append("\n\n");
        md.Append(Markdown.Text(dataset.Name)).Append(". From \u201c").Append(Markdown.Text(set.Title)).Append("\u201d. ")
            .Append(Markdown.Text(set.Quarter.ToString())).Append(" runs from ").Append(QuarterSpan(set.Quarter)).Append(".\n\n");
        md.Append(Markdown.Text(Method)).Append("\n\n");

        md.Append("## Summary\n\n");
        md.Append("| Measure | ").Append(set.Quarter).Append(" | Change on ").Append(set.Quarter.Previous).Append(" | Trend | RAG |\n");
        md.Append("| --- | ---: | ---: | --- | --- |\n");
        foreach (var view in model.Measures)
        {
            var latest = view.Series.Observations.FirstOrDefault(o => o.Period == set.Quarter);
            md.Append("| ").Append(Markdown.Cell(view.Series.Measure.Name))
                .Append(" | ").Append(Markdown.Cell(latest?.AsPrinted ?? "\u2014"))
                .Append(" | ").Append(Markdown.Cell(latest is null ? "\u2014" : ChangeCell(view.Series, latest)))
                .Append(" | ").Append(view.Arrow is null ? "\u2014" : view.Arrow.Symbol + " " + Rag(view.Arrow).ToLowerInvariant())
                .Append(" | ").Append(Rag(view.Arrow)).Append(" |\n");
        }

        md.Append('\n');
        foreach (var view in model.Measures)
        {
            var m = view.Series.Measure;
            md.Append("## ").Append(Markdown.Text(m.Name)).Append("\n\n");
            foreach (var (label, text) in DefinitionRows(m))
            {
                md.Append("- **").Append(label).Append(":** ").Append(Markdown.Text(text)).Append('\n');
            }

            md.Append("\n### Data trend\n\n| Quarter | Figure | Change on previous quarter |\n| --- | ---: | ---: |\n");
            foreach (var o in view.Series.Observations)
            {
                md.Append("| ").Append(o.Period).Append(" | ").Append(Markdown.Cell(o.AsPrinted ?? (o.Value is { } v ? MeasureFormat.Value(v, m.Unit) : "\u2014")))
                    .Append(" | ").Append(Markdown.Cell(ChangeCell(view.Series, o))).Append(" |\n");
            }

            md.Append("\n### SPC chart\n\n").Append(view.Svg).Append('\n');
            md.Append(Markdown.Text(view.SpcSentence)).Append("\n\n");
            md.Append("### Trend\n\n");
            if (view.Arrow is null)
            {
                md.Append("No trend: the latest or previous quarter has no figure.\n\n");
            }
            else
            {
                md.Append("**").Append(view.Arrow.Symbol).Append(' ').Append(Rag(view.Arrow)).Append("**: ")
                    .Append(Markdown.Text(view.Arrow.Reason)).Append(" Key: ").Append(Markdown.Text(view.Arrow.KeyText)).Append("\n\n");
            }

            md.Append("### Narrative\n\n");
            md.Append(Markdown.Text(view.Narrative ?? "No change can be computed for this quarter.")).Append("\n\n");
            if (view.PaperNote is not null)
            {
                md.Append("> ").Append(Markdown.Text(view.PaperNote)).Append("\n\n");
            }
        }

        if (model.Context.Count > 0)
        {
            md.Append("## Context from police.uk: monthly crime\n\n").Append(Markdown.Text(ContextIntro(dataset))).Append("\n\n");
            foreach (var view in model.Context)
            {
                md.Append("### ").Append(Markdown.Text(view.Name)).Append("\n\n");
                if (view.Description is not null)
                {
                    md.Append(Markdown.Text(view.Description)).Append("\n\n");
                }

                md.Append(view.Svg).Append('\n').Append(Markdown.Text(view.SpcSentence)).Append("\n\n");
                md.Append("| Month | Count | SPC signals |\n| --- | ---: | --- |\n");
                for (var i = 0; i < view.Counts.Count; i++)
                {
                    var c = view.Counts[i];
                    md.Append("| ").Append(MonthLabel(c.Month)).Append(" | ").Append(c.Count?.ToString(CultureInfo.InvariantCulture) ?? "missing")
                        .Append(" | ").Append(Markdown.Cell(Signals(view.Spc, i))).Append(" |\n");
                }

                md.Append('\n');
            }
        }

        AppendKeyMarkdown(md);
        return md.ToString();
    }

    private static void AppendKeyMarkdown(StringBuilder md)
    {
        md.Append("## Key to the trend arrows\n\n");
        foreach (var arrow in KeyArrows())
        {
            md.Append("- ").Append(arrow.Symbol).Append(' ').Append(Rag(arrow)).Append(": ").Append(Markdown.Text(arrow.KeyText)).Append('\n');
        }
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

    private static string RagSpan(TrendJudgement? arrow)
    {
        var rag = Rag(arrow);
        var symbol = arrow is null ? string.Empty : arrow.Symbol + " ";
        return $"<span class=\"rag rag-{rag.ToLowerInvariant()}\">{Html.Escape(symbol + rag)}</span>";
    }

    private static string RenderHtml(NhpDataset dataset, Model? model)
    {
        var body = new StringBuilder();
        if (model is null)
        {
            body.Append("<h1>Policing Plan Performance: ").Append(Html.Escape(dataset.Name)).Append("</h1>\n<p>This dataset has no performance measures.</p>\n");
            return Html.Page("Policing Plan Performance: " + dataset.Name, body.ToString());
        }

        var set = model.Set;
        body.Append("<h1>").Append(Html.Escape(Heading(set))).Append("</h1>\n");
        body.Append("<p class=\"meta\">").Append(Html.Escape(dataset.Name)).Append(". From \u201c").Append(Html.Escape(set.Title)).Append("\u201d. ")
            .Append(Html.Escape(set.Quarter.ToString())).Append(" runs from ").Append(Html.Escape(QuarterSpan(set.Quarter))).Append(".</p>\n");
        body.Append("<p>").Append(Html.Escape(Method)).Append("</p>\n");

        body.Append("<h2>Summary</h2>\n<table>\n<thead><tr><th scope=\"col\">Measure</th><th scope=\"col\" class=\"num\">").Append(Html.Escape(set.Quarter.ToString()))
            .Append("</th><th scope=\"col\" class=\"num\">Change on ").Append(Html.Escape(set.Quarter.Previous.ToString())).Append("</th><th scope=\"col\">Trend and RAG</th></tr></thead>\n<tbody>\n");
        foreach (var view in model.Measures)
        {
            var latest = view.Series.Observations.FirstOrDefault(o => o.Period == set.Quarter);
            body.Append("<tr><td>").Append(Html.Escape(view.Series.Measure.Name))
                .Append("</td><td class=\"num\">").Append(Html.Escape(latest?.AsPrinted ?? "\u2014"))
                .Append("</td><td class=\"num\">").Append(Html.Escape(latest is null ? "\u2014" : ChangeCell(view.Series, latest)))
                .Append("</td><td>").Append(RagSpan(view.Arrow)).Append("</td></tr>\n");
        }

        body.Append("</tbody>\n</table>\n");
        foreach (var view in model.Measures)
        {
            var m = view.Series.Measure;
            body.Append("<h2>").Append(Html.Escape(m.Name)).Append("</h2>\n<dl>\n");
            foreach (var (label, text) in DefinitionRows(m))
            {
                body.Append("<dt>").Append(Html.Escape(label)).Append("</dt><dd>").Append(Html.Escape(text)).Append("</dd>\n");
            }

            body.Append("</dl>\n<h3>Data trend</h3>\n<table>\n<thead><tr><th scope=\"col\">Quarter</th><th scope=\"col\" class=\"num\">Figure</th><th scope=\"col\" class=\"num\">Change on previous quarter</th></tr></thead>\n<tbody>\n");
            foreach (var o in view.Series.Observations)
            {
                body.Append("<tr><td>").Append(Html.Escape(o.Period.ToString())).Append("</td><td class=\"num\">")
                    .Append(Html.Escape(o.AsPrinted ?? (o.Value is { } v ? MeasureFormat.Value(v, m.Unit) : "\u2014")))
                    .Append("</td><td class=\"num\">").Append(Html.Escape(ChangeCell(view.Series, o))).Append("</td></tr>\n");
            }

            body.Append("</tbody>\n</table>\n<h3>SPC chart</h3>\n<figure>\n").Append(view.Svg)
                .Append("<figcaption>").Append(Html.Escape(view.SpcSentence)).Append("</figcaption>\n</figure>\n");
            body.Append("<h3>Trend</h3>\n<p>");
            if (view.Arrow is null)
            {
                body.Append("No trend: the latest or previous quarter has no figure.");
            }
            else
            {
                body.Append(RagSpan(view.Arrow)).Append(' ').Append(Html.Escape(view.Arrow.Reason)).Append(" Key: ").Append(Html.Escape(view.Arrow.KeyText));
            }

            body.Append("</p>\n<h3>Narrative</h3>\n<p>").Append(Html.Escape(view.Narrative ?? "No change can be computed for this quarter.")).Append("</p>\n");
            if (view.PaperNote is not null)
            {
                body.Append("<blockquote><p>").Append(Html.Escape(view.PaperNote)).Append("</p></blockquote>\n");
            }
        }

        if (model.Context.Count > 0)
        {
            body.Append("<h2>Context from police.uk: monthly crime</h2>\n<p>").Append(Html.Escape(ContextIntro(dataset))).Append("</p>\n");
            foreach (var view in model.Context)
            {
                body.Append("<h3>").Append(Html.Escape(view.Name)).Append("</h3>\n");
                if (view.Description is not null)
                {
                    body.Append("<p>").Append(Html.Escape(view.Description)).Append("</p>\n");
                }

                body.Append("<figure>\n").Append(view.Svg).Append("<figcaption>").Append(Html.Escape(view.SpcSentence)).Append("</figcaption>\n</figure>\n");
                body.Append("<table>\n<thead><tr><th scope=\"col\">Month</th><th scope=\"col\" class=\"num\">Count</th><th scope=\"col\">SPC signals</th></tr></thead>\n<tbody>\n");
                for (var i = 0; i < view.Counts.Count; i++)
                {
                    var c = view.Counts[i];
                    body.Append("<tr><td>").Append(Html.Escape(MonthLabel(c.Month))).Append("</td><td class=\"num\">")
                        .Append(Html.Escape(c.Count?.ToString(CultureInfo.InvariantCulture) ?? "missing")).Append("</td><td>")
                        .Append(Html.Escape(Signals(view.Spc, i))).Append("</td></tr>\n");
                }

                body.Append("</tbody>\n</table>\n");
            }
        }

        body.Append("<h2>Key to the trend arrows</h2>\n<ul>\n");
        foreach (var arrow in KeyArrows())
        {
            body.Append("<li>").Append(RagSpan(arrow)).Append(' ').Append(Html.Escape(arrow.KeyText)).Append("</li>\n");
        }

        body.Append("</ul>\n");
        return Html.Page(Heading(set), body.ToString());
    }
}
