using System.Globalization;
using Nhp.Text;
using Nhp.Rag;
using Nhp.Reporting;
using Nhp.Reporting.Rag;

namespace Nhp.Cli.Commands;

internal sealed class PlanDiffCommand : ICommand
{
    public string Name => "plan diff";

    public string Summary => "Show what changed between two status updates (papers) of a delivery plan.";

    public IReadOnlyList<CommandOption> Options =>
        CommandOption.WithValues(PlanInput.WithInputFormats(CommandOption.FromUsage(Usage)), "--format", new WhatChangedReport().Formats.Select(f => f.FileExtension()));

    public string Usage =>
        $"""
        Usage: nhp plan diff <old-plan> <new-plan> [--format md|html|txt] [--out <file>]

        Compares the latest status update of two delivery plan files (the last paper and this one):
        deliverables added, removed, re-rated (with the direction of each RAG move) and re-targeted.
        Plan files are JSON, CSV or the paper's tab-separated table export, chosen by extension.
        Exit code 0 when the comparison is written, 2 when a plan cannot be read.

        Options:
          --format <f>        md, html or txt (plain text). Default: md.
          --out, -o <file>    Write to this file instead of standard output.
        {PlanInput.InputFormatHelp}
        {PlanInput.FormatHelp}

        """;

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var arguments = Arguments.Parse(args, [.. PlanInput.ValueOptions, "--format", "--out"], aliases: new Dictionary<string, string> { ["-o"] = "--out" });
        arguments.ExpectPositionals(2, 2, "the old and the new plan files");
        var report = new WhatChangedReport();
        var name = arguments.Option("--format") ?? "md";
        if (!ReportFormats.TryParse(name, out var format) || !report.Formats.Contains(format))
        {
            throw new UsageException($"Unknown format '{name}'; use {string.Join(", ", report.Formats.Select(f => f.FileExtension()))}.");
        }

        var older = Comparable(PlanInput.Load(arguments.Positionals[0], arguments, context).Plan, arguments.Positionals[0]);
        var newer = Comparable(PlanInput.Load(arguments.Positionals[1], arguments, context).Plan, arguments.Positionals[1]);
        var olderName = PaperName(older.AsOf, arguments.Positionals[0]);
        var newerName = PaperName(newer.AsOf, arguments.Positionals[1]);
        if (olderName == newerName)
        {
            olderName += $" ({Path.GetFileName(arguments.Positionals[0])})";
            newerName += $" ({Path.GetFileName(arguments.Positionals[1])})";
        }

        using var text = new StringWriter(CultureInfo.InvariantCulture);
        report.Render(RagSubject.Latest(older), olderName, RagSubject.Latest(newer), newerName, format, text);
        PlanInput.Write(text.ToString(), arguments.Option("--out"), arguments, context);

        return ExitCodes.Success;
    }

    // A deliverable listed twice cannot be matched with the other paper: unusable input, not a comparison.
    private static Nhp.Delivery.DeliveryPlan Comparable(Nhp.Delivery.DeliveryPlan plan, string path)
    {
        var seen = new HashSet<Nhp.Delivery.DeliverableCode>();
        foreach (var deliverable in plan.Deliverables)
        {
            if (!seen.Add(deliverable.Code))
            {
                throw new NhpInputException(
                    $"Deliverable {Messages.Quote(deliverable.Code.ToString())} appears more than once; each deliverable must appear once to be compared (run 'nhp plan validate' to see every error).",
                    deliverable.Location ?? new Nhp.Findings.SourceLocation(path, null),
                    "code");
            }
        }

        return plan;
    }

    private static string PaperName(NodaTime.YearMonth? month, string path) =>
        month is { } m ? Wording.Month(m) : Path.GetFileName(path);
}
