using Nhp.Findings;
using Nhp.Reporting;
using Nhp.Reporting.Delivery;

namespace Nhp.Cli.Commands;

internal sealed class PlanRenderCommand : ICommand
{
    public string Name => "plan render";

    public string Summary => "Render a delivery plan as a committee paper (md, html, txt) or as CSV.";

    public IReadOnlyList<CommandOption> Options =>
        CommandOption.WithValues(PlanInput.WithInputFormats(CommandOption.FromUsage(Usage)), "--format", new DeliveryPlanReport().Formats.Select(f => f.FileExtension()));

    public string Usage =>
        $"""
        Usage: nhp plan render <plan.json|file.txt|file.csv> --format md|html|txt|csv [-o file]

        Renders the plan: Markdown, one printable HTML page or plain text with the RAG key, the summary counts
        and each objective's deliverables; or CSV (code,objective,commitment,summary,rag,target), which
        'nhp plan import' reads back to the same plan. A plan with errors is not rendered (exit code 1);
        run 'nhp plan validate' to see them.

        Options:
          --format <f>        md, html, txt or csv (required).
          --out, -o <file>    Where to write. Default: standard output.
        {PlanInput.InputFormatHelp}
        {PlanInput.FormatHelp}

        """;

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var arguments = Arguments.Parse(args, ["--format", "--out", .. PlanInput.ValueOptions], aliases: new Dictionary<string, string> { ["-o"] = "--out" });
        arguments.ExpectPositionals(1, 1, "the plan to render");
        var report = new DeliveryPlanReport();
        var name = arguments.RequiredOption("--format");
        if (!ReportFormats.TryParse(name, out var format) || !report.Formats.Contains(format))
        {
            throw new UsageException($"Unknown format '{name}'; use {string.Join(", ", report.Formats.Select(f => f.FileExtension()))}.");
        }

        var (plan, findings) = PlanInput.Load(arguments.Positionals[0], arguments, context);
        PlanInput.Report(findings, context, Severity.Warning);
        if (PlanInput.HasErrors(findings))
        {
            context.Error.Write("nhp plan render: the plan has errors; nothing was rendered.\n");
            return ExitCodes.Findings;
        }

        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        report.Render(plan, format, writer, []);
        PlanInput.Write(writer.ToString(), arguments.Option("--out"), arguments, context);
        return ExitCodes.Success;
    }
}
