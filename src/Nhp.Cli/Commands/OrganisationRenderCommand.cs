using Nhp.Reporting;

namespace Nhp.Cli.Commands;

/// <summary><c>nhp &lt;group&gt; render &lt;file&gt;</c>: renders the group's report for a stored file.</summary>
/// <typeparam name="T">What the file holds.</typeparam>
internal sealed class OrganisationRenderCommand<T>(OrganisationFile<T> file) : ICommand
    where T : class
{
    public string Name => file.Group + " render";

    public string Summary => $"Render the {file.Group} report (md, html, txt) for a {file.What} file.";

    public IReadOnlyList<CommandOption> Options => CommandOption.WithValues(CommandOption.FromUsage(Usage), "--format", "md", "html", "txt");

    public string Usage =>
        $"""
        Usage: nhp {file.Group} render <file> {(file.Options.Count > 0 ? "[options] " : string.Empty)}[--format md|html|txt] [--out <path>]

        Renders the {file.Group} report for the {file.What} file, with its findings at the end.
        Import warnings are written to standard error.

        Options:
          --format <f>     md (default), html or txt (plain text).
          --out, -o <path> Write to this file instead of standard output.{file.OptionsHelp}

        """ + file.FormatHelp;

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var arguments = Arguments.Parse(args, ["--format", "--out", .. file.Options], aliases: new Dictionary<string, string> { ["-o"] = "--out" });
        var report = file.Report();
        var formatName = arguments.Option("--format") ?? "md";
        if (!ReportFormats.TryParse(formatName, out var format) || !report.Formats.Contains(format))
        {
            throw new UsageException($"Unknown format '{formatName}'; use md, html or txt.");
        }

        var (value, source, findings) = file.Load(arguments, context);
        PlanInput.Report(findings, context, Nhp.Findings.Severity.Warning);
        var dataset = file.Dataset(value, Path.GetFileNameWithoutExtension(source));
        if (arguments.Option("--out") is { } outPath)
        {
            OutputFiles.Write(context, outPath, stream => report.Render(dataset, format, stream), [.. arguments.Positionals, .. file.Options.Select(arguments.Option).OfType<string>()]);
        }
        else
        {
            context.Out.Write(report.RenderToString(dataset, format));
        }

        return ExitCodes.Success;
    }
}
