using System.Globalization;
using Nhp.Datasets;
using Nhp.Findings;
using Nhp.Frameworks;
using Nhp.Importing;
using Nhp.Importing.OpenXml;
using Nhp.Policing;
using Nhp.ProblemSolving;
using Nhp.Reporting.Frameworks;
using Nhp.Reporting.Policing;
using Nhp.Reporting.ProblemSolving;
using Nhp.Reporting.Reviews;
using Nhp.Reviews;
using NodaTime;
using NodaTime.Text;

namespace Nhp.Cli.Commands;

/// <summary>The file kinds of the problem-solving, framework, policing-model and recommendations commands.</summary>
internal static class OrganisationFiles
{
    public static OrganisationFile<ProblemSolvingRegister> ProblemSolving { get; } = new(
        "problem-solving",
        "problem-solving register",
        """
        The file is JSON, CSV or an Excel workbook (.xlsx), by its extension or --input-format.
        JSON: "format": "nhp-problem-solving", "version": 1, asOf (the date the register is judged at),
        reviewEveryMonths (default 3) and plans, each with reference, title, method (sara or osara), area,
        crimeTypes, owner, partners, opened, stages (stage, text, date), reviews, status (open or closed),
        closed, evaluation and lessons. docs/problem-solving.schema.json is the schema;
        samples/organisation/problem-solving-register.json is an example.
        CSV and .xlsx: a header row naming the columns (reference and title required; method, area, crime
        types, owner, partners, opened, objective, scanning, analysis, response, assessment, each stage's
        date such as "scanning date", reviews, status, closed, evaluation, lessons), then a plan a row; lists
        separated by semicolons; dates 2024-03-31 or 31/03/2024. A table has no as-of date: give --as-of.
        samples/organisation/problem-solving-register.csv is an example.

        """,
        ReadProblemSolving,
        ProblemSolvingRules.Check,
        (register, name) => new NhpDataset { Name = register.Name ?? name, Sources = [], ProblemSolving = register },
        () => new ProblemSolvingReport())
    {
        Options = ["--as-of", "--review-every", "--input-format"],
        OptionsHelp = """

              --as-of <date>        The date to judge the register at (yyyy-mm-dd); required for CSV and
                                    .xlsx, and replaces a JSON file's asOf.
              --review-every <n>    How often an open plan is to be reviewed, in months (1 to 120). Default:
                                    the JSON file's reviewEveryMonths, else 3.
              --input-format <f>    json, csv or xlsx. Default: by extension (anything else is JSON).
            """,
    };

    public static OrganisationFile<FrameworkAssessments> Framework { get; } = new(
        "framework",
        "framework assessment",
        """
        The file is JSON: "format": "nhp-framework-assessment", "version": 1, framework (name, source, pillars
        with name, purpose and statements of id and text), scale (levels, lowest first; default not started,
        developing, established, embedded), assessments (unit, date, assessedBy, ratings of statement,
        level and evidence) and progress (pillar, text, details, date: highlights reported by pillar).
        docs/framework-assessment.schema.json is the schema;
        samples/organisation/four-pillars-assessment.json is an example with the four pillars.

        """,
        (stream, source, _, _) => FrameworkJson.Read(stream, source),
        FrameworkRules.Check,
        (data, name) => new NhpDataset { Name = name, Sources = [], Framework = data },
        () => new FrameworkAssessmentReport());

    public static OrganisationFile<PolicingModel> PolicingModel { get; } = new(
        "policing-model",
        "policing model",
        """
        The file is JSON: "format": "nhp-policing-model", "version": 1, name, asOf, goLive, places (wards,
        sectors, clusters with their wards), units (name, kind: command, sector, hub or team, sector, partOf,
        lead, taskable, themes, staffing of role, establishment and strength), posts, results (activity,
        qualifier, count, since, asOf; the same activity at several dates is charted and compared), reviews,
        successes and challenges. docs/policing-model.schema.json is
        the schema; samples/organisation/policing-model.json is an example.

        """,
        (stream, source, _, _) => PolicingModelJson.Read(stream, source),
        PolicingModelRules.Check,
        (model, name) => new NhpDataset { Name = model.Name, Sources = [], PolicingModel = model },
        () => new PolicingModelReport());

    public static OrganisationFile<NhpDataset> Recommendations { get; } = new(
        "recommendations",
        "review recommendations",
        """
        The file is JSON: "format": "nhp-review-recommendations", "version": 1, review (its name), source,
        accepted (the date the recommendations were accepted), acceptedText, asOf (the date the register is
        correct at), printedCount (value and text: how many the paper says the review made), start,
        startText and printed (figures a paper printed: openAtStart, new, closed, openAtEnd, each with value
        and text), and recommendations, each with id, text, pillar, owner, raised, closed and statusText.
        Open and closed are counted as the inspection action register counts actions.
        docs/review-recommendations.schema.json is the schema; samples/organisation/review-recommendations.json
        is an example.

        """,
        ReadRecommendations,
        dataset => dataset.Framework is { } framework
            ? [.. RecommendationRules.Check(dataset.Recommendations!), .. RecommendationRules.Check(dataset.Recommendations!, framework.Framework)]
            : RecommendationRules.Check(dataset.Recommendations!),
        (dataset, _) => dataset,
        () => new ReviewRecommendationsReport())
    {
        Options = ["--framework"],
        OptionsHelp = """

              --framework <file>    A framework assessment file (nhp-framework-assessment) whose pillars the
                                    recommendations name: checked against them and used for progress by pillar.
            """,
    };

    private static ImportResult<ProblemSolvingRegister> ReadProblemSolving(Stream stream, string source, Arguments arguments, CliContext context)
    {
        var asOf = Date(arguments, "--as-of");
        int? every = null;
        if (arguments.Option("--review-every") is { } text)
        {
            every = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var months) && months is >= 1 and <= 120
                ? months
                : throw new UsageException($"The option --review-every needs a whole number of months from 1 to 120; {Messages.Quote(text)} is not one.");
        }

        var format = arguments.Option("--input-format");
        switch ((format ?? Path.GetExtension(source).TrimStart('.')).ToUpperInvariant())
        {
            case "CSV" or "XLSX" when asOf is null:
                throw new UsageException("A CSV or .xlsx register has no as-of date: give --as-of, the date to judge it at, written yyyy-mm-dd.");
            case "CSV":
                return ProblemSolvingCsv.Read(stream, source, Options(asOf!.Value, every, source));
            case "XLSX":
                return ProblemSolvingXlsx.Read(stream, source, Options(asOf!.Value, every, source));
            case "JSON":
            case var _ when format is null:
                var import = ProblemSolvingJson.Read(stream, source);
                return import.Value is { } register
                    ? new ImportResult<ProblemSolvingRegister>(register with { AsOf = asOf ?? register.AsOf, ReviewEveryMonths = every ?? register.ReviewEveryMonths }, import.Findings, source)
                    : import;
            default:
                throw new UsageException($"Unknown input format {Messages.Quote(format!)}; use json, csv or xlsx.");
        }
    }

    private static ProblemSolvingImportOptions Options(LocalDate asOf, int? every, string source) =>
        new() { AsOf = asOf, ReviewEveryMonths = every ?? ProblemSolvingRegister.DefaultReviewEveryMonths, Name = Path.GetFileNameWithoutExtension(source) };

    private static ImportResult<NhpDataset> ReadRecommendations(Stream stream, string source, Arguments arguments, CliContext context)
    {
        var import = ReviewRecommendationsJson.Read(stream, source);
        if (import.Value is not { } register)
        {
            return new ImportResult<NhpDataset>(null, import.Findings, source);
        }

        List<Finding> findings = [.. import.Findings];
        FrameworkAssessments? framework = null;
        if (arguments.Option("--framework") is { } path)
        {
            using var file = Files.InputFiles.OpenRead(context, path, "--framework");
            (framework, var frameworkFindings) = ImportOutput.WithChecks(FrameworkJson.Read(file, path), context, _ => []);
            findings.AddRange(frameworkFindings);
        }

        var dataset = new NhpDataset { Name = Path.GetFileNameWithoutExtension(source), AsOf = register.AsOf, Recommendations = register, Framework = framework };
        return new ImportResult<NhpDataset>(dataset, findings, source);
    }

    private static LocalDate? Date(Arguments arguments, string option)
    {
        if (arguments.Option(option) is not { } text)
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success && Periods.SupportedYears.Contains(result.Value.Year)
            ? result.Value
            : throw new UsageException($"The option {option} needs a date written yyyy-mm-dd, such as 2024-03-31; {Messages.Quote(text)} is not one.");
    }
}
