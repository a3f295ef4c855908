using Nhp.Datasets;
using Nhp.Metrics;
using Nhp.Reporting;
using Nhp.Reporting.Performance;

namespace Nhp.Cli.Commands;

/// <summary><c>nhp performance render &lt;file&gt; --format md|html|txt</c>: the performance report for a measures file.</summary>
internal sealed class PerformanceRenderCommand : ICommand
{
    public string Name => "performance render";

    public string Summary => "Render the performance report (md, html, txt) for your own measures file.";

    public IReadOnlyList<CommandOption> Options => CommandOption.WithValues(CommandOption.FromUsage(Usage), "--format", "md", "html", "txt");

    public string Usage =>
        """
        Usage: nhp performance render <file> [--format md|html|txt] [--out <path>]

        Renders the Policing Plan performance report for the measures in the file: per measure its
        definition, figures, SPC chart, RAG against its target or benchmark, trend arrow, comparisons
        and commentary, as for the built-in City of London report.

        Options:
          --format <f>     md (default), html or txt (plain text).
          --out, -o <path> Write to this file instead of standard output.

        The file is JSON: "format": "nhp-performance", "version": 1, title, quarter ("Q3 2023/24"), and
        measures, each with id, name, unit (count, percentage, rate, score, hours, money), directionOfGood
        (higher, lower, neutral) and figures ([{ "quarter": "Q2 2023/24", "value": 368 }, ...]); optional
        target, benchmark, comparisons ("previous-quarter", "year-on-year", "average", "benchmark",
        "since Q1 2023/24", "peak", "average-change-per-quarter since Q3 2022/23"), trendComparison,
        targetTolerance, trendTolerance, chartMethod (sd2, nhs, anhoej) and commentary. The schema is
        docs/performance-measures.schema.json; samples/performance/measures-example.json is a start.

        Findings about the file go to standard error. Exit codes: 0 rendered; 2 the file is unusable
        (not JSON, another format, or no title, quarter or measures), with the place named.

        """;

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var arguments = Arguments.Parse(args, ["--format", "--out"], aliases: new Dictionary<string, string> { ["-o"] = "--out" });
        arguments.ExpectPositionals(1, 1, "the measures file to read");
        var report = new PerformanceReport();
        var formatName = arguments.Option("--format") ?? "md";
        if (!ReportFormats.TryParse(formatName, out var format) || !report.Formats.Contains(format))
        {
            throw new UsageException($"Unknown format '{formatName}'; use md, html or txt.");
        }

        var source = arguments.Positionals[0];
        PerformanceSet set;
        using (var stream = File.OpenRead(context.ResolvePath(source)))
        {
            (set, var findings) = ImportOutput.WithChecks(PerformanceJson.Read(stream, source), context, _ => []);
            PlanInput.Report(findings, context, Nhp.Findings.Severity.Info);
        }

        var dataset = new NhpDataset { Name = Path.GetFileNameWithoutExtension(source), Sources = [], Performance = set };
        PlanInput.Write(report.RenderToString(dataset, format), arguments.Option("--out"), arguments, context);
        return ExitCodes.Success;
    }
}
