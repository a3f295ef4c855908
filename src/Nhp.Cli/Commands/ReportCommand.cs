using Nhp.Datasets;
using Nhp.Datasets.CityOfLondon;
using Nhp.Findings;
using Nhp.Reporting;
using Nhp.Reporting.Documents;
using Nhp.Reporting.Rendering;
using Nhp.Reporting.Word;

namespace Nhp.Cli.Commands;

/// <summary><c>nhp report --out &lt;dir&gt; [--data &lt;dir&gt;]</c>: renders every report, and an index, for a dataset folder or the embedded default dataset.</summary>
internal sealed class ReportCommand : ICommand
{
    public string Name => "report";

    public string Summary => "Render every report, with an index, for a dataset folder or the embedded default.";

    public IReadOnlyList<CommandOption> Options => CommandOption.WithValues(CommandOption.FromUsage(Usage), "--format", ReportFormats.AcceptedNames);

    public string Usage =>
        """
        Usage: nhp report --out <dir> [--data <dir>] [--format <list>]

        Renders every report the library knows, one file per report and format, named
        <report-id>.<ext>, and an index (index.md, index.html) linking them with the headline
        figures: deliverables by RAG, measures off target, compliance rate, next panel meeting.
        The data is a dataset folder (--data; 'nhp dataset export' writes one to start from) or,
        without --data, the embedded default dataset (the City of London Police committee papers
        of January and February 2024). A part the dataset lacks makes the reports that need it
        say so. All files are written or none. Exit code 0 when the data read cleanly, 1 when a
        part had errors (listed on standard error; the reports are still written), 2 when the
        dataset cannot be used.

        Options:
          --out, -o <dir>     The folder to write to (created if missing).
          --data <dir>        The dataset folder (with nhp-dataset.json) to report on.
          --format <list>     Only these formats, comma-separated: md, html, txt, csv, ics, docx.
                              Default: every format each report supports except docx (Word).

        """;

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var arguments = Arguments.Parse(args, ["--out", "--format", "--data"], aliases: new Dictionary<string, string> { ["-o"] = "--out" });
        arguments.ExpectPositionals(0, 0, "arguments");
        var outDir = arguments.RequiredOption("--out");
        var formats = ParseFormats(arguments.Option("--format"));
        var data = arguments.Option("--data");

        var (dataset, findings) = data is null ? (CityOfLondonDataset.February2024, (IReadOnlyList<Finding>)[]) : DatasetInput.Load(data, context);
        PlanInput.Report(findings, context, Severity.Warning);
        var reports = ReportCatalog.Default.Reports;
        var files = new List<(string Name, Action<Stream> Write)>();
        foreach (var report in reports)
        {
            // A document report builds its document once, for all the document formats it is written in.
            var document = report is DocumentReport documentReport ? new Lazy<Document>(() => documentReport.Build(dataset)) : null;
            foreach (var format in report.Formats.Where(f => formats is null || formats.Contains(f)))
            {
                files.Add(($"{report.Id}.{format.FileExtension()}", document is not null && DocumentRenderer.DocumentFormats.Contains(format)
                    ? stream => WriteDocument(document.Value, format, stream)
                    : stream => report.Render(dataset, format, stream)));
            }

            // Word is binary and written by its own package: only when asked for, for every document report.
            if (formats?.Contains(ReportFormat.Word) == true && report is DocumentReport)
            {
                files.Add(($"{report.Id}.docx", stream => report.RenderWord(dataset, stream)));
            }
        }

        if (files.Count == 0)
        {
            throw new UsageException("No report supports the formats asked for.");
        }

        foreach (var format in new[] { ReportFormat.Markdown, ReportFormat.Html }.Where(f => formats is null || formats.Contains(f)))
        {
            files.Add(($"{ReportIndex.FileName}.{format.FileExtension()}", stream => WriteIndex(dataset, reports, format, formats, stream)));
        }

        // All files or none: a failure part-way leaves the folder as it was.
        foreach (var path in OutputFiles.WriteFolder(context, outDir, files, data is null ? [] : [data]))
        {
            context.Out.Write(Path.GetRelativePath(context.WorkingDirectory, path).Replace('\\', '/') + "\n");
        }

        return PlanInput.HasErrors(findings) ? ExitCodes.Findings : ExitCodes.Success;
    }

    private static void WriteIndex(NhpDataset dataset, IReadOnlyList<IReport> reports, ReportFormat format, HashSet<ReportFormat>? formats, Stream stream) =>
        WriteDocument(ReportIndex.Build(dataset, reports, format, formats), format, stream);

    // As IReport.Render writes a document report: UTF-8 without a byte order mark.
    private static void WriteDocument(Document document, ReportFormat format, Stream stream)
    {
        using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024, leaveOpen: true);
        DocumentRenderer.For(format).Render(document, writer);
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
