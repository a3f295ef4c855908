using Nhp.Datasets.CityOfLondon;
using Nhp.Findings;
using Nhp.Integrity;
using Nhp.Reporting;
using Nhp.Reporting.Integrity;

namespace Nhp.Cli.Commands;

/// <summary><c>nhp cdi render [file]</c>: renders a crime data integrity review.</summary>
internal sealed class CdiRenderCommand : ICommand
{
    public string Name => "cdi render";

    public string Summary => "Render a crime data integrity review (CSV file, or the embedded January 2024 review) as md, html or txt.";

    public IReadOnlyList<CommandOption> Options => CommandOption.WithValues(CommandOption.FromUsage(Usage), "--format", "md", "html", "txt");

    public string Usage =>
        """
        Usage: nhp cdi render [file] [--format md|html|txt]

        Renders a crime data integrity review to standard output: compliance with intervals, timeliness,
        flagging, equality data, recommendations and the checks. Without a file, renders the review
        embedded in the default dataset (City of London Police, January 2024). Problems in the figures
        are listed in the report and on standard error, each with its line; the exit code is 1 when any
        is an error.

        The file is CSV, one record per line (see Nhp.Integrity.CdiReviewCsv):
          title,<text>
          sample,<wording>[,<start yyyy-MM-dd>,<end yyyy-MM-dd>]
          overall,<disclosed>,<recorded>[,<printed %>,<basis>,<margin as printed>]
          category,<violence|sexual-offences|n100|other|custom:Name>,<disclosed>,<recorded>[,<printed %>,<audits ;>]
          timeliness,<period>,<within 24h>,<total>[,<printed %>]
          flags,<period>   then   flag,<flag>,<required and added>,<wrongly added>,<missed>
          equality,<field>,<always|where-relevant|no-field>[,<recorded>,<records>,<stated %>,<observation>,<policy note>]
          recommendation,<number>,<text>,<owner>,<timescale>[,<green|amber|red>,<owners separated by ;>]
          policy,<target %>[,<amber band points>,<wilson|normal|exact>,<confidence %>]

        Options:
          --format <f>   md (default), html or txt (plain text).

        """;

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var arguments = Arguments.Parse(args, ["--format"]);
        arguments.ExpectPositionals(0, 1, "file");
        var format = ReportFormat.Markdown;
        if (arguments.Option("--format") is { } formatText
            && (!ReportFormats.TryParse(formatText, out format) || format is not (ReportFormat.Markdown or ReportFormat.Html or ReportFormat.Text)))
        {
            throw new UsageException($"Unknown --format '{formatText}'; use md, html or txt.");
        }

        CdiReview review;
        string name;
        IReadOnlyList<Finding> findings;
        if (arguments.Positionals.Count == 1)
        {
            var file = arguments.Positionals[0];
            using var stream = Files.InputFiles.OpenRead(context, file);
            (review, findings) = ImportOutput.WithChecks(CdiReviewCsv.Read(stream, file), context, r => r.Check());
            name = Path.GetFileName(file);
        }
        else
        {
            review = CityOfLondonDataset.February2024.CrimeDataIntegrity
                ?? throw new NhpInputException("The default dataset has no crime data integrity review.");
            name = CityOfLondonDataset.February2024.Name;
            findings = review.Check();
        }

        context.Out.Write(new CrimeDataIntegrityReport().Render(review, name, format));
        foreach (var finding in findings)
        {
            context.Error.Write(Messages.OneLine(finding) + "\n");
        }

        return findings.Any(f => f.Severity == Severity.Error) ? ExitCodes.Findings : ExitCodes.Success;
    }
}
