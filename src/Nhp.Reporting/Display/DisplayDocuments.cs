using System.Globalization;
using Nhp.Delivery;
using Nhp.Findings;
using Nhp.Integrity;
using Nhp.Metrics.Spc;
using Nhp.Rag;
using Nhp.Reporting.Delivery;
using Nhp.Reporting.Documents;
using Nhp.Reporting.Performance;
using Nhp.Text;

namespace Nhp.Reporting.Display;

/// <summary>
/// Builds the small document that shows one result on its own (in a notebook cell, a log page, a test report): a
/// plan, a RAG evaluation, findings, an SPC result with its chart, a compliance interval. Documents only: the
/// renderers write the markup.
/// </summary>
internal static class DisplayDocuments
{
    public static Document Plan(DeliveryPlan plan) => new DeliveryPlanReport().Build(plan);

    public static Document Evaluation(RagEvaluation evaluation)
    {
        var judgements = evaluation.Judgements;
        var differing = judgements.Count(j => j.Differs);
        var doc = new DocumentBuilder("RAG evaluation")
            .Subtitle(new TextRun($"As at {Wording.Date(evaluation.AsOf)}: {Count(judgements.Count, "deliverable")}, {differing.ToString(CultureInfo.InvariantCulture)} not as the rules expect."));
        doc.Table(
            [new TableColumn("Deliverable"), new TableColumn("Reported"), new TableColumn("Expected"), new TableColumn("Target"), new TableColumn("Findings")],
            judgements.Select(j => TableRow.Of(
                j.Subject.Subject,
                RagBadge.For(j.ReportedRag),
                RagBadge.For(j.ExpectedRag),
                j.Subject.Target.ToString(),
                j.Findings.Count == 0 ? TableCell.Empty : new TableCell([new TextRun(string.Join("; ", j.Findings.Select(f => f.Finding.RuleId)))]))),
            caption: "Each deliverable's reported RAG and the RAG the rules expect",
            rowHeaders: true);
        doc.Findings(evaluation.Findings.Select(f => f.Finding), "No findings: every RAG status is as the rules expect.");
        return doc.Build();
    }

    public static Document Findings(IReadOnlyList<Finding> findings, string title = "Findings")
    {
        var errors = findings.Count(f => f.Severity == Severity.Error);
        var warnings = findings.Count(f => f.Severity == Severity.Warning);
        return new DocumentBuilder(title)
            .Subtitle(new TextRun($"{Count(findings.Count, "finding")}: {Count(errors, "error")}, {Count(warnings, "warning")}."))
            .Findings(findings, "No findings.")
            .Build();
    }

    public static Document Spc(SpcResult spc)
    {
        var title = $"SPC chart ({MethodName(spc.Method)})";
        var doc = new DocumentBuilder(title);
        if (spc.Points.Count == 0)
        {
            return doc.Paragraph(new TextRun(spc.NotEnoughDataReason ?? "There are no values to chart.")).Build();
        }

        var values = spc.Points.Select(p => p.Value).ToArray();
        var labels = spc.Points.Select(p => (p.Index + 1).ToString(CultureInfo.InvariantCulture)).ToArray();
        var definitions = new List<(string, string)>();
        if (spc.HasEnoughData)
        {
            definitions.Add(("Centre line", SpcChartSvg.N(spc.Centre!.Value)));
            definitions.Add(("Process limits", $"{SpcChartSvg.N(spc.LowerLimit!.Value)} to {SpcChartSvg.N(spc.UpperLimit!.Value)}{(spc.IsTrial ? " (trial limits: fewer points than the method asks for)" : string.Empty)}"));
            if (spc.Variation is { } variation)
            {
                definitions.Add(("Latest point", SpcSignalIds.PointTypeId(variation).Replace('_', ' ')));
            }

            if (spc.Assurance is { } assurance)
            {
                definitions.Add(("Assurance", SpcSignalIds.AssuranceId(assurance).Replace('_', ' ')));
            }
        }
        else
        {
            definitions.Add(("Limits", spc.NotEnoughDataReason ?? "not enough data"));
        }

        var signals = spc.Points.Where(p => p.Signals != SpcSignals.None).ToArray();
        definitions.Add(("Signals", signals.Length == 0 ? "none" : string.Join("; ", signals.Select(p => $"point {(p.Index + 1).ToString(CultureInfo.InvariantCulture)} ({SpcChartSvg.N(p.Value)}) is {SpcSignalIds.Describe(p.Signals)}"))));
        var description = spc.HasEnoughData
            ? $"{Count(values.Length, "value")} with centre line {SpcChartSvg.N(spc.Centre!.Value)} and limits {SpcChartSvg.N(spc.LowerLimit!.Value)} to {SpcChartSvg.N(spc.UpperLimit!.Value)}; {Count(signals.Length, "point")} with a signal."
            : $"{Count(values.Length, "value")}, without limits: {spc.NotEnoughDataReason}";
        return doc
            .Figure(title, description, SpcChartSvg.Render("nhp-spc", title, description, labels, values, spc))
            .Definitions(definitions)
            .Build();
    }

    public static Document Interval(ProportionInterval interval) =>
        new DocumentBuilder("Compliance interval")
            .Definitions(
            [
                ("Rate", $"{Wording.Percent(interval.Rate)} ({Wording.Number(interval.Proportion.Successes)} of {Wording.Number(interval.Proportion.Trials)})"),
                ("Interval", $"{Wording.Percent(interval.Lower)} to {Wording.Percent(interval.Upper)} at {Wording.Percent(interval.Confidence, 0)} confidence"),
                ("Method", interval.Method switch
                {
                    IntervalMethod.Wilson => "Wilson score",
                    IntervalMethod.NormalApproximation => "normal approximation",
                    IntervalMethod.ClopperPearson => "Clopper–Pearson (exact)",
                    _ => interval.Method.ToString(),
                }),
                ("Margin of error", "±" + Wording.Percent(interval.MarginOfError)),
            ])
            .Build();

    public static Document Import<T>(Nhp.Importing.ImportResult<T> result)
        where T : class
    {
        var source = result.Source ?? "input";
        return new DocumentBuilder($"Import of {source}")
            .Subtitle(new TextRun(result.HasValue ? $"Imported ({typeof(T).Name}), {Count(result.Findings.Count, "finding")}." : $"Not imported: {Count(result.Findings.Count, "finding")}."))
            .Findings(result.Findings, "No findings: the input was read as it is.")
            .Build();
    }

    private static string MethodName(SpcMethod method) => method switch
    {
        SpcMethod.Nhs => "NHS Making Data Count",
        SpcMethod.Anhoej => "Anhøj runs",
        _ => "two standard deviations",
    };

    private static string Count(int n, string noun) => n.ToString("#,0", CultureInfo.InvariantCulture) + " " + (n == 1 ? noun : noun + "s");
}
