using Nhp.Delivery;
using Nhp.Findings;

namespace Nhp.Cli.Commands;

internal sealed class PlanImportCommand : ICommand
{
    public string Name => "plan import";

    public string Summary => "Import a delivery plan from a table export (text) or CSV and store it as JSON.";

    public IReadOnlyList<CommandOption> Options => CommandOption.WithValues(CommandOption.FromUsage(Usage), "--format", "text", "csv");

    public string Usage =>
        $"""
        Usage: nhp plan import <file> [--format text|csv] [-o plan.json]

        Reads a delivery plan and writes it in Nhp's JSON format (to standard output, or to the file given
        with -o). Repairs and warnings are listed on standard error with their line numbers. When the plan has
        errors (a RAG outside the key, a repeated code, a date that is not a date...) nothing is written and
        the exit code is 1; input that cannot be read at all gives exit code 2.

        Options:
          --format <f>        text (the tab-separated table export) or csv. Default: by extension.
          --out, -o <file>    Where to write the JSON.
        {PlanInput.FormatHelp}

        """;

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var arguments = Arguments.Parse(args, ["--format", "--out", "--objectives", "--title"], aliases: new Dictionary<string, string> { ["-o"] = "--out" });
        arguments.ExpectPositionals(1, 1, "the file to import");
        if (arguments.Option("--format") is { } format && format is not ("text" or "csv"))
        {
            throw new UsageException($"Unknown format '{format}'; use text or csv.");
        }

        var (plan, findings) = PlanInput.Load(arguments.Positionals[0], arguments, context, "--format");
        PlanInput.Report(findings, context, Severity.Warning);
        if (PlanInput.HasErrors(findings))
        {
            context.Error.Write("nhp plan import: the plan has errors; nothing was written.\n");
            return ExitCodes.Findings;
        }

        PlanInput.Write(PlanJson.Write(plan), arguments.Option("--out"), arguments, context);
        return ExitCodes.Success;
    }
}
