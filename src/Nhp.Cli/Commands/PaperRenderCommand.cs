using Nhp.Cli.Files;
using Nhp.Committees;
using Nhp.Datasets;
using Nhp.Datasets.CityOfLondon;
using Nhp.Findings;
using Nhp.Reporting;
using Nhp.Reporting.Committees;
using Nhp.Reporting.Rendering;
using Nhp.Reporting.Word;

namespace Nhp.Cli.Commands;

/// <summary>
/// <c>nhp paper render REPORT --front-sheet FILE --format docx|html|md -o FILE [--data DIR]</c>: any report of the
/// catalog as a committee paper, with its front sheet, summary and recommendations from a front-sheet file.
/// </summary>
internal sealed class PaperRenderCommand : ICommand
{
    public string Name => "paper render";

    public string Summary => "Render a report as a committee paper (docx, html or md) with the front sheet of a front-sheet file.";

    public string Usage =>
        """
        Usage: nhp paper render <report> --front-sheet <file> --format docx|html|md --out <file> [--data <dir>]

        Renders a report of the catalog (see 'nhp report') as the main report of a committee paper:
        the front sheet (committees and dates, subject, public, Corporate Plan outcomes, the four funding
        questions, report of, reference, purpose, author), Summary, Recommendation(s), the report under
        Main Report, Appendices and contact officers. The front sheet and those sections come from a
        front-sheet file (format nhp-front-sheet, schema docs/front-sheet.schema.json; a sample is
        samples/committee-papers/q3-performance.front-sheet.json). The report is built from the dataset
        folder given with --data, or the embedded default dataset. The paper rules then check the paper;
        their findings go to standard error, after any the front-sheet file gave. Exit code 0 when there are
        none, 1 when there are findings (warnings of the front-sheet file included),
        2 when the front-sheet file or the dataset cannot be used (its errors are listed with their lines).

        Options:
          --front-sheet <file>  The front-sheet file (JSON).
          --format <f>          docx, html or md.
          --out, -o <file>      The file to write.
          --data <dir>          The dataset folder (with nhp-dataset.json) to build the report from.

        """;

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var arguments = Arguments.Parse(args, ["--front-sheet", "--format", "--out", "--data"], aliases: new Dictionary<string, string> { ["-o"] = "--out" });
        arguments.ExpectPositionals(1, 1, "report");
        var id = arguments.Positionals[0];
        if (ReportCatalog.Default.Find(id) is not DocumentReport report)
        {
            throw new UsageException($"Unknown report {Messages.Quote(id)}; use one of {string.Join(", ", ReportCatalog.Default.Reports.OfType<DocumentReport>().Select(r => r.Id))}.");
        }

        var formatText = arguments.RequiredOption("--format");
        if (!ReportFormats.TryParse(formatText, out var format) || format is not (ReportFormat.Word or ReportFormat.Html or ReportFormat.Markdown))
        {
            throw new UsageException($"Unknown --format {Messages.Quote(formatText)}; use docx, html or md.");
        }

        var outPath = arguments.RequiredOption("--out");
        var sheetPath = arguments.RequiredOption("--front-sheet");
        var (read, importFindings) = ReadFrontSheet(sheetPath, context);
        var paper = read with { MainReport = report.Id };

        var data = arguments.Option("--data");
        var (dataset, dataFindings) = data is null ? (CityOfLondonDataset.February2024, (IReadOnlyList<Finding>)[]) : DatasetInput.Load(data, context);
        PlanInput.Report(dataFindings, context, Severity.Warning);

        var document = new CommitteePaperReport(paper, report).Build(dataset);
        IReadOnlyList<string> inputs = data is null ? [sheetPath] : [sheetPath, data];
        if (format == ReportFormat.Word)
        {
            var sheet = paper.FrontSheet;
            OutputFiles.Write(context, outPath, stream => WordRenderer.Default.Render(document, stream, new WordProperties(sheet.Author, sheet.Subject, sheet.Date)), inputs);
        }
        else
        {
            OutputFiles.WriteText(context, outPath, DocumentRenderer.For(format).Render(document), inputs);
        }

        var findings = PaperRules.Check(paper);
        foreach (var finding in findings)
        {
            context.Error.Write(finding + "\n");
        }

        var warned = importFindings.Any(f => f.Severity >= Severity.Warning);
        return findings.Count > 0 || warned || PlanInput.HasErrors(dataFindings) ? ExitCodes.Findings : ExitCodes.Success;
    }

    // A front sheet with an error would make a wrong paper: its findings are listed and the input is unusable (exit 2).
    private static (Paper Paper, IReadOnlyList<Finding> Findings) ReadFrontSheet(string path, CliContext context)
    {
        using var stream = InputFiles.OpenRead(context, path, "--front-sheet");
        var import = FrontSheetJson.Read(stream, path);
        PlanInput.Report(import.Findings, context, Severity.Info);
        if (import.Value is not { } paper || import.Findings.Any(f => f.Severity == Severity.Error))
        {
            throw new NhpInputException(
                $"The front sheet could not be used: {import.Findings.Count(f => f.Severity == Severity.Error)} error(s), listed above.", new SourceLocation(path, null), "--front-sheet");
        }

        return (paper, import.Findings);
    }
}
