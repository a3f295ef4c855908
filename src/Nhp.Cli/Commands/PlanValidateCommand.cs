using System.Text;
using System.Text.Json;
using Nhp.Findings;

namespace Nhp.Cli.Commands;

internal sealed class PlanValidateCommand : ICommand
{
    public string Name => "plan validate";

    public string Summary => "Check a delivery plan (JSON, CSV or table export) and list its findings.";

    public string Usage =>
        $"""
        Usage: nhp plan validate <plan.json|file.txt|file.csv> [--json]

        Imports the plan if needed, checks it, and lists every finding (import repairs, warnings, errors)
        with its rule id, subject, field and line. Exit code 0 when there is no error, 1 when there are
        errors, 2 when the input cannot be read.

        Options:
          --json              Write the findings as JSON to standard output instead of text.
        {PlanInput.InputFormatHelp}
        {PlanInput.FormatHelp}

        """;

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var arguments = Arguments.Parse(args, PlanInput.ValueOptions, ["--json"]);
        arguments.ExpectPositionals(1, 1, "the plan to validate");
        var path = arguments.Positionals[0];
        var (plan, findings) = PlanInput.Load(path, arguments, context);
        var errors = findings.Count(f => f.Severity == Severity.Error);
        var warnings = findings.Count(f => f.Severity == Severity.Warning);
        if (arguments.Flag("--json"))
        {
            context.Out.Write(Json(path, plan.Deliverables.Count(), findings, errors, warnings));
        }
        else
        {
            foreach (var finding in findings)
            {
                context.Out.Write(finding.ToString().ReplaceLineEndings(" ") + "\n");
            }

            context.Out.Write($"{path}: {plan.Deliverables.Count()} deliverables, {errors} error(s), {warnings} warning(s).\n");
        }

        return errors > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }

    private static string Json(string path, int deliverables, IReadOnlyList<Finding> findings, int errors, int warnings)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            json.WriteStartObject();
            json.WriteString("input", path);
            json.WriteNumber("deliverables", deliverables);
            json.WriteNumber("errors", errors);
            json.WriteNumber("warnings", warnings);
            json.WriteStartArray("findings");
            foreach (var finding in findings)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", finding.RuleId);
                json.WriteString("severity", finding.Severity.ToString().ToLowerInvariant());
                json.WriteString("subject", finding.Subject);
                if (finding.Field is not null)
                {
                    json.WriteString("field", finding.Field);
                }

                json.WriteString("message", finding.Message);
                if (finding.Location?.Source is { } source)
                {
                    json.WriteString("source", source);
                }

                if (finding.Location?.Line is { } line)
                {
                    json.WriteNumber("line", line);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
