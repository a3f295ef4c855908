using Nhp.Datasets;
using Nhp.Reporting;
using Nhp.Reporting.Engagement;

namespace Nhp.Cli.Commands;

/// <summary><c>nhp panels render &lt;file&gt; --format md|html|txt|ics</c>: renders the engagement report or the panel calendar.</summary>
internal sealed class PanelsRenderCommand : ICommand
{
    public string Name => "panels render";

    public string Summary => "Render the engagement report (md, html, txt) or the panel calendar (ics) for a file.";

    public IReadOnlyList<CommandOption> Options => CommandOption.WithValues(CommandOption.FromUsage(Usage), "--format", "md", "html", "txt", "ics");

    public string Usage =>
        """
        Usage: nhp panels render <file> [--format md|html|txt|ics] [--out <path>]

        Renders the cluster panels and community engagement report for the file, or with --format ics the
        panel schedule as an iCalendar file (RFC 5545, times in Europe/London) for calendar subscriptions.
        The calendar's DTSTAMP is the file's asOf date at 00:00 UTC, so the same file always gives the same
        calendar.

        Options:
          --format <f>     md (default), html, txt (plain text) or ics.
          --out, -o <path> Write to this file instead of standard output.

        """ + PanelsFile.FormatHelp;

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var arguments = Arguments.Parse(args, ["--format", "--out"], aliases: new Dictionary<string, string> { ["-o"] = "--out" });
        var report = new EngagementReport();
        var formatName = arguments.Option("--format") ?? "md";
        if (!ReportFormats.TryParse(formatName, out var format) || !report.Formats.Contains(format))
        {
            throw new UsageException($"Unknown format '{formatName}'; use md, html, txt or ics.");
        }

        var (data, source, findings) = PanelsFile.Read(arguments, context);
        PlanInput.Report(findings, context, Nhp.Findings.Severity.Warning);
        var dataset = new NhpDataset { Name = data.Name ?? Path.GetFileNameWithoutExtension(source), Sources = [], Engagement = data };
        if (arguments.Option("--out") is { } outPath)
        {
            OutputFiles.Write(context, outPath, stream => report.Render(dataset, format, stream), arguments.Positionals);
        }
        else
        {
            context.Out.Write(report.RenderToString(dataset, format));
        }

        return ExitCodes.Success;
    }
}
