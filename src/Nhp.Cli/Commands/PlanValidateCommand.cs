using System.Text;
using System.Text.Json;
using Nhp.Delivery;
using Nhp.Findings;
using Nhp.Rag;
using NodaTime;
using NodaTime.Text;

namespace Nhp.Cli.Commands;

internal sealed class PlanValidateCommand : ICommand
{
    /// <summary>The format of the JSON output (<c>docs/plan-validation.schema.json</c>).</summary>
    public const string Format = "nhp-plan-validation";

    public string Name => "plan validate";

    public string Summary => "Check a delivery plan (JSON, CSV or table export) and list its findings.";

    public IReadOnlyList<CommandOption> Options => CommandOption.WithValues(PlanInput.WithInputFormats(CommandOption.FromUsage(Usage)), "--as-of", "plan");

    public string Usage =>
        $"""
        Usage: nhp plan validate <plan.json|file.txt|file.csv> [--as-of <yyyy-mm-dd>|plan] [--json]

        Imports the plan if needed, checks it, and lists every finding (import repairs, warnings, errors)
        with its rule id, subject, field and line. Exit code 0 when there is no error, 1 when there are
        errors, 2 when the input cannot be read.

        Options:
          --as-of <date>      Also judge each deliverable's RAG against its dates on this day (ISO date,
                              e.g. 2024-04-01) with the built-in RAG rules; in JSON these findings carry
                              reportedRag and expectedRag. 'plan' judges at the date the plan speaks
                              for: the last day of its latest update month (as 'nhp report' does).
          --json              Write the findings as JSON to standard output instead of text
                              (format nhp-plan-validation, docs/plan-validation.schema.json).
        {PlanInput.InputFormatHelp}
        {PlanInput.FormatHelp}

        """;

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var arguments = Arguments.Parse(args, [.. PlanInput.ValueOptions, "--as-of"], ["--json"]);
        arguments.ExpectPositionals(1, 1, "the plan to validate");
        var path = arguments.Positionals[0];
        var asOfText = arguments.Option("--as-of");
        var given = AsOf(asOfText);
        var (plan, planFindings) = PlanInput.Load(path, arguments, context);
        var asOf = asOfText is not null && given is null
            ? plan.AsOfDate ?? throw new UsageException("The plan has no status updates, so it speaks for no date; give --as-of a date written yyyy-mm-dd.")
            : given;
        // Plan validation already reports a missing RAG (plan.rag.required), so the RAG rules' own not-rated rule is off here.
        var rag = asOf is { } date ? RagPolicy.Default.Without(RagRules.NotRatedId).Evaluate(plan, date).Findings.ToArray() : [];
        IReadOnlyList<Finding> findings = [.. planFindings, .. rag.Select(r => r.Finding)];
        var ragOf = rag.ToDictionary(r => r.Finding);
        var errors = findings.Count(f => f.Severity == Severity.Error);
        var warnings = findings.Count(f => f.Severity == Severity.Warning);
        if (arguments.Flag("--json"))
        {
            context.Out.Write(Json(path, asOf, plan.Deliverables.Count(), findings, ragOf, errors, warnings));
        }
        else
        {
            foreach (var finding in findings)
            {
                context.Out.Write(Messages.OneLine(finding) + "\n");
            }

            context.Out.Write($"{path}: {plan.Deliverables.Count()} deliverables, {errors} error(s), {warnings} warning(s).\n");
        }

        return errors > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }

    private static LocalDate? AsOf(string? text)
    {
        // Null for no option and for "plan" (the plan's own date, known once the plan is read).
        if (text is null || text.Equals("plan", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw new UsageException($"The option --as-of needs a date written yyyy-mm-dd, such as 2024-04-01; '{text}' is not one.");
    }

    private static string Json(string path, LocalDate? asOf, int deliverables, IReadOnlyList<Finding> findings, Dictionary<Finding, RagFinding> ragOf, int errors, int warnings)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Nhp.Serialization.NhpJson.WriterOptions))
        {
            json.WriteStartObject();
            JsonOutput.WriteHeader(json, Format);
            json.WriteString("input", path);
            if (asOf is { } date)
            {
                json.WriteString("asOf", LocalDatePattern.Iso.Format(date));
            }

            json.WriteNumber("deliverables", deliverables);
            json.WriteNumber("errors", errors);
            json.WriteNumber("warnings", warnings);
            json.WriteStartArray("findings");
            foreach (var finding in findings)
            {
                json.WriteStartObject();
                FindingsJson.WriteProperties(json, finding);
                if (ragOf.TryGetValue(finding, out var rag))
                {
                    json.WriteString("reportedRag", RagKey.Word(rag.ReportedRag));
                    json.WriteString("expectedRag", RagKey.Word(rag.ExpectedRag));
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
