using System.Globalization;
using Nhp.Datasets;
using Nhp.Findings;
using Nhp.Governance;
using Nhp.Governance.Inspections;
using Nhp.Governance.Peel;
using Nhp.Governance.References;
using Nhp.Governance.Tables;
using Nhp.Governance.Workforce;
using Nhp.Importing;
using Nhp.Importing.OpenXml;
using Nhp.Reporting.Governance;
using NodaTime;
using NodaTime.Text;

namespace Nhp.Cli.Commands;

/// <summary>
/// The governance registers the <c>validate</c> and <c>render</c> commands read from a user's files: each file, with
/// the options it needs, becomes a dataset holding that register, checked by its rules and rendered by its report.
/// </summary>
internal static class GovernanceFiles
{
    public static OrganisationFile<NhpDataset> InspectionActions { get; } = new(
        "inspection-actions",
        "register of inspection actions",
        """
        The file is a register of inspection actions: CSV (.csv), JSON (.json, "format":
        "nhp-inspection-actions") or an Excel tracker (.xlsx; the first sheet with a header row naming
        the columns). Columns: id, kind (recommendation or area for improvement), inspection, scope
        (force-specific or national), directorate, owner, raised, closed, status, text; id, inspection and
        raised are required; dates 2023-05-31 or 31/05/2023. docs/governance.md lists the names trackers
        also use; docs/inspection-actions.schema.json is the JSON schema;
        samples/governance/inspection-actions.csv is an example.

        """,
        ReadActions,
        d => GovernanceRules.CheckActions(d.Governance!.InspectionActions!),
        (d, _) => d,
        () => new InspectionActionsReport())
    {
        Options = ["--as-of", "--start", "--cut-off", "--title", "--input-format"],
        OptionsHelp = """

              --as-of <date>        The date to count open actions at (yyyy-mm-dd). Default: the latest date
                                    raised or closed in the register.
              --start <date>        The start of the period the movement is counted over. Default: a year
                                    before --as-of.
              --cut-off <date>      The first day on which an action counts as new, not historic. Default: --start.
              --title <text>        The update's title. Default: Inspection actions.
              --input-format <f>    csv, json or xlsx. Default: by extension (anything else is CSV).
            """,
    };

    public static OrganisationFile<NhpDataset> Peel { get; } = new(
        "peel",
        "areas-for-improvement",
        """
        The file is JSON: "format": "nhp-peel-update", "version": 1, title, inspection, asOf (the date the
        update is correct at), status (what the update says of all its areas), notes and areas, each with id,
        kind (area-for-improvement or recommendation), label, heading, text, points, progress (number and
        text), status, actions (ids in the register) and deliverables (codes in the delivery plan).
        docs/peel.schema.json is the schema; samples/governance/peel-update.json is an example.

        """,
        ReadPeel,
        d => GovernanceRules.CheckPeel(new PeelCheck(d.Governance!.Peel!, d.Governance.InspectionActions?.Register, d.DeliveryPlan) { AsOf = d.AsOf }),
        (d, _) => d,
        () => new PeelReport())
    {
        Options = ["--actions", "--plan", "--as-of"],
        OptionsHelp = """

              --actions <file>      The register the areas' actions are in (csv, json or xlsx): an area whose
                                    linked actions are all closed is closed.
              --plan <file>         The delivery plan the areas' deliverables are in (json, csv, text, docx or
                                    xlsx, by extension): each linked deliverable shows its RAG.
              --as-of <date>        The date to judge the linked deliverables at (yyyy-mm-dd). Default: the
                                    update's asOf.
            """,
    };

    public static OrganisationFile<NhpDataset> Workforce { get; } = new(
        "workforce",
        "diversity profile",
        """
        The file is JSON: "format": "nhp-diversity-profile", "version": 1, title (who the profile describes),
        source, asOf, asOfText, text (the figures as printed), deliverable (a plan code) and characteristics,
        each with name and categories of label, share (percent), count, notStated and text. The population
        profile is a file of the same format. docs/diversity-profile.schema.json is the schema;
        samples/governance/workforce-profile.json and samples/governance/population-profile.json are examples.

        """,
        ReadWorkforce,
        d => GovernanceRules.CheckWorkforce(d.Governance!.Workforce!),
        (d, _) => d,
        () => new WorkforceReport())
    {
        Options = ["--population", "--not-stated-threshold", "--plan"],
        OptionsHelp = """

              --population <file>           A population profile to compare with (for example census
                                            figures for the force area), in the same format.
              --not-stated-threshold <pct>  Flag a characteristic that more than this percentage did not
                                            state (0 to 100). Default: 10.
              --plan <file>                 The delivery plan the profile's deliverable is in.
            """,
    };

    public static OrganisationFile<NhpDataset> References { get; } = new(
        "references",
        "outstanding references",
        """
        The file is the table of outstanding references as a paper prints it, as text: a header naming
        the columns (No. or Reference, Meeting, Action, Owner, Status, in any order), then a reference a
        row, separated by tabs (or commas when the header has no tab). Statuses such as "In Progress-target
        date set for April/May." and "Complete- …" are understood. samples/governance/outstanding-references.tsv
        is an example.

        """,
        ReadReferences,
        d => GovernanceRules.CheckReferences(d.Governance!.OutstandingReferences!),
        (d, _) => d,
        () => new OutstandingReferencesReport())
    {
        Options = ["--committee", "--as-of"],
        OptionsHelp = """

              --as-of <date>        The date of the meeting the list goes to (yyyy-mm-dd); required.
              --committee <name>    The committee. Default: Committee.
            """,
    };

    public static OrganisationFile<NhpDataset> Tables { get; } = new(
        "tables",
        "table with totals",
        """
        The file is one table as a document export gives it, tab-separated: a header row of column labels,
        then a row per category with its label first. Labels wrapped over several lines are joined; a
        column or row labelled TOTAL is the printed totals; a column whose header has % is a printed
        percentage column. Every printed total and percentage is checked against the counts.
        samples/governance/outcomes-by-year.tsv is an example.

        """,
        ReadTable,
        d => GovernanceRules.CheckTables(d.Governance!.ModernSlavery!),
        (d, _) => d,
        () => new ModernSlaveryReport())
    {
        Options = ["--title", "--rows", "--columns"],
        OptionsHelp = """

              --title <text>        The table's title. Default: the file name.
              --rows <name>         What the rows classify by. Default: Rows.
              --columns <name>      What the columns classify by. Default: Columns.
            """,
    };

    private static ImportResult<NhpDataset> ReadActions(Stream stream, string source, Arguments arguments, CliContext context)
    {
        var import = Register(stream, source, arguments.Option("--input-format"));
        if (import.Value is not { } register)
        {
            return new ImportResult<NhpDataset>(null, import.Findings, source);
        }

        var asOf = Date(arguments, "--as-of") ?? Latest(register)
            ?? throw new UsageException("The register has no dates to count at; give --as-of a date written yyyy-mm-dd.");
        var start = Date(arguments, "--start") ?? asOf.PlusYears(-1);
        if (start > asOf)
        {
            throw new UsageException($"--start ({LocalDatePattern.Iso.Format(start)}) is after --as-of ({LocalDatePattern.Iso.Format(asOf)}).");
        }

        var update = new InspectionActionsUpdate
        {
            Title = arguments.Option("--title") ?? "Inspection actions",
            Start = start,
            AsOf = asOf,
            HistoricCutOff = Date(arguments, "--cut-off") ?? start,
            Register = register,
        };
        return Wrap(source, import.Findings, new GovernanceData { InspectionActions = update }, asOf);
    }

    private static ImportResult<NhpDataset> ReadPeel(Stream stream, string source, Arguments arguments, CliContext context)
    {
        var import = PeelJson.Read(stream, source);
        if (import.Value is not { } update)
        {
            return new ImportResult<NhpDataset>(null, import.Findings, source);
        }

        List<Finding> findings = [.. import.Findings];
        InspectionActionsUpdate? actions = null;
        if (arguments.Option("--actions") is { } actionsPath)
        {
            using var file = Files.InputFiles.OpenRead(context, actionsPath, "--actions");
            var (register, registerFindings) = ImportOutput.WithChecks(Register(file, actionsPath, null), context, _ => []);
            findings.AddRange(registerFindings);
            actions = new InspectionActionsUpdate { Title = "Inspection actions", Start = update.AsOf, AsOf = update.AsOf, HistoricCutOff = update.AsOf, Register = register };
        }

        return Wrap(source, findings, new GovernanceData { Peel = update, InspectionActions = actions }, Date(arguments, "--as-of") ?? update.AsOf, Plan(arguments, context));
    }

    private static ImportResult<NhpDataset> ReadWorkforce(Stream stream, string source, Arguments arguments, CliContext context)
    {
        var import = DiversityProfileJson.Read(stream, source);
        if (import.Value is not { } profile)
        {
            return new ImportResult<NhpDataset>(null, import.Findings, source);
        }

        List<Finding> findings = [.. import.Findings];
        DiversityProfile? population = null;
        if (arguments.Option("--population") is { } populationPath)
        {
            using var file = Files.InputFiles.OpenRead(context, populationPath, "--population");
            (population, var populationFindings) = ImportOutput.WithChecks(DiversityProfileJson.Read(file, populationPath), context, _ => []);
            findings.AddRange(populationFindings);
        }

        var threshold = WorkforceDiversity.DefaultNotStatedThreshold;
        if (arguments.Option("--not-stated-threshold") is { } text
            && !(decimal.TryParse(text.TrimEnd('%'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out threshold) && threshold <= 100))
        {
            throw new UsageException($"--not-stated-threshold needs a percentage from 0 to 100, such as 10 or 12.5; {Messages.Quote(text)} is not one.");
        }

        var workforce = new WorkforceDiversity { Profile = profile, Population = population, NotStatedThreshold = threshold };
        return Wrap(source, findings, new GovernanceData { Workforce = workforce }, profile.AsOf, Plan(arguments, context));
    }

    private static ImportResult<NhpDataset> ReadReferences(Stream stream, string source, Arguments arguments, CliContext context)
    {
        var asOf = Date(arguments, "--as-of") ?? throw new UsageException("Give --as-of, the date of the meeting the list goes to, written yyyy-mm-dd.");
        var import = OutstandingReferencesText.Read(stream, source, arguments.Option("--committee") ?? "Committee", asOf);
        return import.Value is { } list
            ? Wrap(source, import.Findings, new GovernanceData { OutstandingReferences = list }, asOf)
            : new ImportResult<NhpDataset>(null, import.Findings, source);
    }

    private static ImportResult<NhpDataset> ReadTable(Stream stream, string source, Arguments arguments, CliContext context)
    {
        var name = Path.GetFileNameWithoutExtension(source);
        var title = arguments.Option("--title") ?? name;
        var options = new TextTableOptions { Id = name, Title = title, RowDimension = arguments.Option("--rows") ?? "Rows", ColumnDimension = arguments.Option("--columns") ?? "Columns" };
        var import = TextTableReader.Read(stream, source, options);
        return import.Value is { } table
            ? Wrap(source, import.Findings, new GovernanceData { ModernSlavery = new TableSet(title, [table], []) }, null)
            : new ImportResult<NhpDataset>(null, import.Findings, source);
    }

    private static ImportResult<InspectionActionRegister> Register(Stream stream, string source, string? format) =>
        (format ?? Path.GetExtension(source).TrimStart('.')).ToUpperInvariant() switch
        {
            "JSON" => InspectionActionJson.Read(stream, source),
            "XLSX" => InspectionActionXlsx.Read(stream, source),
            "CSV" or "" => InspectionActionCsv.Read(stream, source),
            _ when format is not null => throw new UsageException($"Unknown input format {Messages.Quote(format)}; use csv, json or xlsx."),
            _ => InspectionActionCsv.Read(stream, source),
        };

    private static Delivery.DeliveryPlan? Plan(Arguments arguments, CliContext context)
    {
        if (arguments.Option("--plan") is not { } path)
        {
            return null;
        }

        var (plan, findings) = PlanInput.Load(path, arguments, context, "--plan-format");
        PlanInput.Report(findings, context, Severity.Error);
        return plan;
    }

    private static ImportResult<NhpDataset> Wrap(string source, IEnumerable<Finding> findings, GovernanceData data, LocalDate? asOf, Delivery.DeliveryPlan? plan = null) =>
        new(new NhpDataset { Name = Path.GetFileNameWithoutExtension(source), AsOf = asOf, Governance = data, DeliveryPlan = plan }, findings, source);

    // The latest day the register records anything on: what it is correct at, when the user names no date.
    private static LocalDate? Latest(InspectionActionRegister register)
    {
        var dates = register.Actions.SelectMany(a => a.Closed is { } closed ? [a.Raised, closed] : new[] { a.Raised }).ToArray();
        return dates.Length == 0 ? null : dates.Max();
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
            : throw new UsageException($"The option {option} needs a date written yyyy-mm-dd, such as 2024-02-22; {Messages.Quote(text)} is not one.");
    }
}
