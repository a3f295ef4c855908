using Nhp.Datasets.CityOfLondon;
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
                              objective headings. Default: the City of London 2023 strategy's objectives,
                              used only where a heading nearly matches. 'none' turns repair off.
          --title <text>      The plan's title, for CSV input (which carries none).
        """;

    public static IReadOnlyList<string> ValueOptions { get; } = ["--input-format", "--objectives", "--title"];

    /// <summary>The plan and every finding about it: import diagnostics first, then the plan checks.</summary>
    public static (DeliveryPlan Plan, IReadOnlyList<Finding> Findings) Load(string path, Arguments arguments, CliContext context, string formatOption = "--input-format")
    {
        var full = context.ResolvePath(path);
        if (!File.Exists(full))
        {
            throw new NhpInputException($"The file '{path}' does not exist.", new SourceLocation(path, null));
        }

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

        var (known, objectiveFindings) = KnownObjectives(arguments.Option("--objectives"), context);
        var options = new PlanImportOptions { KnownObjectives = known, Title = arguments.Option("--title") };
        using var stream = File.OpenRead(full);
        var import = format switch
        {
            "json" => PlanJson.Read(stream, path, options),
            "csv" => PlanCsv.Read(stream, path, options),
            "docx" => PlanDocx.Read(stream, path, options),
            "xlsx" => PlanXlsx.Read(stream, path, options),
            _ => PlanText.Read(stream, path, options),
        };
        var (plan, findings) = ImportOutput.WithChecks(import, context, plan => PlanRules.Check(plan, d => d.Location));
        return (plan, [.. objectiveFindings, .. findings]);
    }

    private static (IReadOnlyList<Objective>? Known, IReadOnlyList<Finding> Findings) KnownObjectives(string? option, CliContext context)
    {
        if (option is null)
        {
            return (CityOfLondonDataset.StrategyObjectives2023, []);
        }

        if (option == "none")
        {
            return (null, []);
        }

        var full = context.ResolvePath(option);
        if (!File.Exists(full))
        {
            throw new NhpInputException($"The objectives file '{option}' does not exist.", new SourceLocation(option, null), "--objectives");
        }

        using var stream = File.OpenRead(full);
        var objectives = StrategyObjectives.Read(stream, option);
        return (objectives.Value, objectives.Findings);
    }

    /// <summary>Writes findings of the given severity or worse to the error stream, one a line.</summary>
    public static void Report(IEnumerable<Finding> findings, CliContext context, Severity minimum)
    {
        foreach (var finding in findings.Where(f => f.Severity >= minimum))
        {
            context.Error.Write(finding.ToString().ReplaceLineEndings(" ") + "\n");
        }
    }

    public static bool HasErrors(IEnumerable<Finding> findings) => findings.Any(f => f.Severity == Severity.Error);

    /// <summary>Writes text to the -o file (UTF-8, no byte order mark) or to standard output.</summary>
    public static void Write(string text, string? output, CliContext context)
    {
        if (output is null)
        {
            context.Out.Write(text);
            return;
        }

        var full = context.ResolvePath(output);
        var directory = Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllText(full, text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        context.Error.Write($"wrote {output}\n");
    }
}
