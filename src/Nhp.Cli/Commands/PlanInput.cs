using Nhp.Delivery;
using Nhp.Findings;
using Nhp.Importing.OpenXml;

namespace Nhp.Cli.Commands;

/// <summary>Reads a delivery plan for the plan commands from JSON, CSV, the text export, a Word table or an Excel tracker, with its findings.</summary>
internal static class PlanInput
{
    public const string InputFormatHelp =
        """
          --input-format <f>  How to read the input: text (tab-separated table export), csv, json,
                              docx (a Word table) or xlsx (an Excel tracker).
                              Default: by extension (.json, .csv, .docx, .xlsx; anything else is text).
        """;

    public const string FormatHelp =
        """
          --objectives <file> The strategy's objectives (number, tab, title a line) used to repair damaged
                              objective headings where a heading nearly matches one. Default: none, so
                              headings are kept as read (split words re-joined), as in the library.
                              Standard error names the list used.
          --title <text>      The plan's title, for CSV input (which carries none).
        """;

    public static IReadOnlyList<string> ValueOptions { get; } = ["--input-format", "--objectives", "--title"];

    /// <summary>The options with the input formats offered after <c>--input-format</c>, for tab completion.</summary>
    public static IReadOnlyList<CommandOption> WithInputFormats(IReadOnlyList<CommandOption> options) =>
        CommandOption.WithValues(options, "--input-format", "text", "csv", "json", "docx", "xlsx");

    /// <summary>The plan and every finding about it: import diagnostics first, then the plan checks.</summary>
    public static (DeliveryPlan Plan, IReadOnlyList<Finding> Findings) Load(string path, Arguments arguments, CliContext context, string formatOption = "--input-format")
    {
        var full = Files.InputFiles.Check(context, path);

        var format = (arguments.Option(formatOption) ?? Path.GetExtension(full).TrimStart('.')).ToUpperInvariant() switch
        {
            "JSON" => "json",
            "CSV" => "csv",
            "DOCX" => "docx",
            "XLSX" => "xlsx",
            "TEXT" or "TXT" or "TSV" => "text",
            _ when arguments.Option(formatOption) is { } given => throw new UsageException($"Unknown input format '{given}'; use text, csv, json, docx or xlsx."),
            _ => "text",
        };

        var objectivesOption = arguments.Option("--objectives");
        var (known, objectiveFindings) = KnownObjectives(objectivesOption, context);
        var options = new PlanImportOptions { KnownObjectives = known, KnownObjectivesName = known is null ? null : objectivesOption, Title = arguments.Option("--title") };

        using var stream = File.OpenRead(full);
        var import = format switch
        {
            "json" => PlanJson.Read(stream, path, options),
            "csv" => PlanCsv.Read(stream, path, options),
            "docx" => PlanDocx.Read(stream, path, options),
            "xlsx" => PlanXlsx.Read(stream, path, options),
            _ => PlanText.Read(stream, path, options),
        };
        if (format == "text" && import.Value is not null)
        {
            // The same statement the library makes as a finding, so the list in use is never a hidden default.
            context.Error.Write(known is null
                ? $"{path}: no known objectives (--objectives <file> repairs damaged objective headings); headings are kept as read.\n"
                : $"{path}: objective headings compared with the known objectives in {objectivesOption} ({known.Count} objectives).\n");
        }
        var (plan, findings) = ImportOutput.WithChecks(import, context, plan => PlanRules.Check(plan, d => d.Location));
        return (plan, [.. objectiveFindings, .. findings]);
    }

    private static (IReadOnlyList<Objective>? Known, IReadOnlyList<Finding> Findings) KnownObjectives(string? option, CliContext context)
    {
        if (option is null or "none")
        {
            return (null, []);
        }

        using var stream = Files.InputFiles.OpenRead(context, option, "--objectives");
        var objectives = StrategyObjectives.Read(stream, option);
        return (objectives.Value, objectives.Findings);
    }

    /// <summary>Writes findings of the given severity or worse to the error stream, one a line.</summary>
    public static void Report(IEnumerable<Finding> findings, CliContext context, Severity minimum)
    {
        foreach (var finding in findings.Where(f => f.Severity >= minimum))
        {
            context.Error.Write(Messages.OneLine(finding) + "\n");
        }
    }

    public static bool HasErrors(IEnumerable<Finding> findings) => findings.Any(f => f.Severity == Severity.Error);

    /// <summary>The files a plan command reads: its positional files and the --objectives file.</summary>
    public static IReadOnlyList<string> Inputs(Arguments arguments) =>
        [.. arguments.Positionals, .. arguments.Option("--objectives") is { } objectives and not "none" ? [objectives] : Array.Empty<string>()];

    /// <summary>Writes text to the -o file (UTF-8, no byte order mark, through <see cref="OutputFiles"/>) or to standard output.</summary>
    public static void Write(string text, string? output, Arguments arguments, CliContext context)
    {
        if (output is null)
        {
            context.Out.Write(text);
            return;
        }

        OutputFiles.WriteText(context, output, text, Inputs(arguments));
        context.Error.Write($"wrote {Messages.OneLine(output)}\n");
    }
}
