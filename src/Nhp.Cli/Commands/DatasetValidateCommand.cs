using Nhp.Datasets;
using Nhp.Findings;

namespace Nhp.Cli.Commands;

/// <summary><c>nhp dataset validate &lt;dir&gt;</c>: reads a dataset folder and checks every part with its rules.</summary>
internal sealed class DatasetValidateCommand : ICommand
{
    /// <summary>The format of the JSON output (<c>docs/dataset-validation.schema.json</c>).</summary>
    public const string Format = "nhp-dataset-validation";

    public string Name => "dataset validate";

    public string Summary => "Check a dataset folder: its manifest and every part, with every rule.";

    public string Usage =>
        """
        Usage: nhp dataset validate <dir> [--json]

        Reads the dataset folder (its nhp-dataset.json and each part's file) and checks every part
        with its rules: the plan rules, the performance rules for each measure, the crime data
        integrity rules and the engagement rules. Lists every finding (reading problems first, then
        each part's checks) with its rule id, subject, field, file and line, then a summary line.
        A part the manifest does not list is reported as absent (info). Exit code 0 when there is no
        error, 1 when there are errors, 2 when the folder or its manifest cannot be used.

        Options:
          --json              Write the findings as JSON to standard output instead of text
                              (format nhp-dataset-validation, docs/dataset-validation.schema.json).

        """;

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var arguments = Arguments.Parse(args, [], ["--json"]);
        arguments.ExpectPositionals(1, 1, "the dataset folder to validate");
        var path = arguments.Positionals[0];
        var (dataset, read) = DatasetInput.Load(path, context);
        IReadOnlyList<Finding> findings = [.. read, .. DatasetFolder.Check(dataset)];
        var errors = findings.Count(f => f.Severity == Severity.Error);
        var warnings = findings.Count(f => f.Severity == Severity.Warning);
        var parts = DatasetFolder.Parts.Where(p => p.IsIn(dataset)).Select(p => p.Id).ToArray();
        if (arguments.Flag("--json"))
        {
            context.Out.Write(Serialization.NhpJson.Write(json =>
            {
                json.WriteStartObject();
                JsonOutput.WriteHeader(json, Format);
                json.WriteString("dataset", path);
                json.WriteString("name", dataset.Name);
                json.WriteStartArray("parts");
                foreach (var part in parts)
                {
                    json.WriteStringValue(part);
                }

                json.WriteEndArray();
                json.WriteNumber("errors", errors);
                json.WriteNumber("warnings", warnings);
                json.WriteStartArray("findings");
                foreach (var finding in findings)
                {
                    json.WriteStartObject();
                    FindingJson.WriteProperties(json, finding);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }));
        }
        else
        {
            foreach (var finding in findings)
            {
                context.Out.Write(finding.ToString().ReplaceLineEndings(" ") + "\n");
            }

            var list = parts.Length == 0 ? "no parts" : string.Join(", ", parts);
            context.Out.Write($"{path}: {dataset.Name}; {list}; {errors} error(s), {warnings} warning(s).\n");
        }

        return errors > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }
}
