using Nhp.Datasets.CityOfLondon;
using Nhp.Reporting;

namespace Nhp.Cli.Commands;

/// <summary><c>nhp report --out &lt;dir&gt;</c>: renders every report for the embedded default dataset.</summary>
internal sealed class ReportCommand : ICommand
{
    public string Name => "report";

    public string Summary => "Render every report for the embedded default dataset into a folder.";

    public string Usage =>
        """
        Usage: nhp report --out <dir> [--format <list>]

        Renders every report the library knows for the embedded default dataset (the City of London
        Police committee papers of January and February 2024), one file per report and format,
        named <report-id>.<ext>.

        Options:
          --out, -o <dir>     The folder to write to (created if missing).
          --format <list>     Only these formats, comma-separated: md, html, csv, svg, json, ics.
                              Default: every format each report supports.

        """;

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var arguments = Arguments.Parse(args, ["--out", "--format"], aliases: new Dictionary<string, string> { ["-o"] = "--out" });
        arguments.ExpectPositionals(0, 0, "arguments");
        var outDir = arguments.RequiredOption("--out");
        var formats = ParseFormats(arguments.Option("--format"));

        var dataset = CityOfLondonDataset.February2024;
        var files = new List<(string Name, Action<Stream> Write)>();
        foreach (var report in ReportCatalog.Default.Reports)
        {
            foreach (var format in report.Formats.Where(f => formats is null || formats.Contains(f)))
            {
                files.Add(($"{report.Id}.{format.FileExtension()}", stream => report.Render(dataset, format, stream)));
            }
        }

        if (files.Count == 0)
        {
            throw new UsageException("No report supports the formats asked for.");
        }

        // All files or none: a failure part-way leaves the folder as it was.
        foreach (var path in OutputFiles.WriteFolder(context, outDir, files, []))
        {
            context.Out.Write(Path.GetRelativePath(context.WorkingDirectory, path).Replace('\\', '/') + "\n");
        }

        return ExitCodes.Success;
    }

    private static HashSet<ReportFormat>? ParseFormats(string? list)
    {
        if (list is null)
        {
            return null;
        }

        var formats = new HashSet<ReportFormat>();
        foreach (var name in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!ReportFormats.TryParse(name, out var format))
            {
                throw new UsageException($"Unknown format '{name}'; use {string.Join(", ", ReportFormats.AcceptedNames)}.");
            }

            formats.Add(format);
        }

        return formats;
    }
}
