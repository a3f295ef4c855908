using System.Text;
using System.Text.Json;
using Nhp.Findings;
using Nhp.Rules;

namespace Nhp.Cli.Commands;

/// <summary><c>nhp rules list [--json]</c>: every built-in rule, from the rule catalog.</summary>
internal sealed class RulesListCommand : ICommand
{
    /// <summary>The format of the JSON output (<c>docs/rules.schema.json</c>).</summary>
    public const string Format = "nhp-rules";

    public string Name => "rules list";

    public string Summary => "List every rule Nhp ships: id, severity, area and title.";

    public string Usage =>
        """
        Usage: nhp rules list [--json]

        Lists every built-in rule (plan validation, RAG rules, crime data integrity, engagement), one per line:
        id, severity, area and title. `nhp rules explain <id>` prints one rule's explanation.

        Options:
          --json    Print JSON instead: format nhp-rules, version, and rules, an array of {"id", "severity",
                    "area", "title", "explanation"} objects (docs/rules.schema.json).

        Exit codes: 0 always, 2 unknown option.

        """;

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var arguments = Arguments.Parse(args, [], ["--json"]);
        arguments.ExpectPositionals(0, 0, "nothing");
        context.Out.Write(arguments.Flag("--json") ? Json(RuleCatalog.All) : Text(RuleCatalog.All));
        return ExitCodes.Success;
    }

    internal static string Text(IReadOnlyList<RuleDescriptor> rules)
    {
        var id = rules.Max(r => r.Id.Length);
        var severity = rules.Max(r => r.Severity.ToText().Length);
        var area = rules.Max(r => r.Area.Length);
        var text = new StringBuilder();
        foreach (var rule in rules)
        {
            text.Append(rule.Id.PadRight(id)).Append("  ")
                .Append(rule.Severity.ToText().PadRight(severity)).Append("  ")
                .Append(rule.Area.PadRight(area)).Append("  ")
                .Append(rule.Title).Append('\n');
        }

        return text.ToString();
    }

    internal static string Json(IReadOnlyList<RuleDescriptor> rules)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            JsonOutput.WriteHeader(writer, Format);
            writer.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                writer.WriteStartObject();
                writer.WriteString("id", rule.Id);
                writer.WriteString("severity", rule.Severity.ToText());
                writer.WriteString("area", rule.Area);
                writer.WriteString("title", rule.Title);
                writer.WriteString("explanation", rule.Explanation);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
