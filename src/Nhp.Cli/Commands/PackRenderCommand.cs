using Nhp.Committees;
using Nhp.Datasets.CityOfLondon;
using Nhp.Datasets.CityOfLondon.Committees;
using Nhp.Reporting;
using Nhp.Reporting.Committees;
using Nhp.Reporting.Documents;
using Nhp.Reporting.Rendering;
using Nhp.Reporting.Word;

namespace Nhp.Cli.Commands;

/// <summary><c>nhp pack render PACK --format docx|html|md -o FILE</c>: renders a committee pack as one document.</summary>
internal sealed class PackRenderCommand : ICommand
{
    public string Name => "pack render";

    public string Summary => "Render a committee pack (agenda, contents and papers) as one docx, html or md document.";

    public IReadOnlyList<CommandOption> Options => CommandOption.WithValues(CommandOption.FromUsage(Usage), "--format", "docx", "html", "md");

    public string Usage =>
        """
        Usage: nhp pack render <pack> --format docx|html|md --out <file>

        Renders a committee pack as one document: the meeting, the agenda by part with each item's pages,
        then every paper in agenda order, each from a new page. The pages are computed from the papers
        the pack holds (see docs/committee-papers.md), so the agenda agrees with the pack. The pack rules'
        findings go to standard error; the exit code is 1 when there are any.

        Packs:
          colp-2024-02-22   Strategic Planning & Performance (Police) Committee, 22 February 2024.

        Options:
          --format <f>     docx, html or md.
          --out, -o <file> The file to write.

        """;

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var arguments = Arguments.Parse(args, ["--format", "--out"], aliases: new Dictionary<string, string> { ["-o"] = "--out" });
        arguments.ExpectPositionals(1, 1, "pack");
        var pack = arguments.Positionals[0] switch
        {
            "colp-2024-02-22" => CityOfLondonCommittees.February2024Pack,
            var other => throw new UsageException($"Unknown pack '{other}'; use colp-2024-02-22."),
        };
        var formatText = arguments.RequiredOption("--format");
        if (!ReportFormats.TryParse(formatText, out var format) || format is not (ReportFormat.Word or ReportFormat.Html or ReportFormat.Markdown))
        {
            throw new UsageException($"Unknown --format '{formatText}'; use docx, html or md.");
        }

        var path = context.ResolvePath(arguments.RequiredOption("--out"));
        var document = PackDocument.Build(pack, MainReport);
        if (format == ReportFormat.Word)
        {
            OutputFiles.Write(context, path, stream => WordRenderer.Default.Render(document, stream, new WordProperties(null, "Agenda and papers", pack.Meeting.Date)), []);
        }
        else
        {
            OutputFiles.WriteText(context, path, DocumentRenderer.For(format).Render(document), []);
        }

        var findings = PackRules.Check(pack);
        foreach (var finding in findings)
        {
            context.Error.Write(finding + "\n");
        }

        return findings.Count > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }

    internal static Document? MainReport(Paper paper) =>
        paper.MainReport is { } id && ReportCatalog.Default.Find(id) is DocumentReport report ? report.Build(CityOfLondonDataset.February2024) : null;
}
