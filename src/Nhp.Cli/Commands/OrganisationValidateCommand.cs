using System.Globalization;
using Nhp.Findings;

namespace Nhp.Cli.Commands;

/// <summary><c>nhp &lt;group&gt; validate &lt;file&gt;</c>: reads a stored file and prints the import findings and every rule's findings.</summary>
/// <typeparam name="T">What the file holds.</typeparam>
internal class OrganisationValidateCommand<T>(OrganisationFile<T> file) : ICommand
    where T : class
{
    public string Name => file.Group + " validate";

    public string Summary => $"Check a {file.What} file and print its findings.";

    public virtual string Usage =>
        $"""
        Usage: nhp {file.Group} validate <file> {(file.Options.Count > 0 ? "[options] " : string.Empty)}[--json]

        Reads the {file.What} file and runs every {file.Group} rule on it ('nhp rules list' lists them).
        Prints one finding per line.

        Options:
          --json    Print the findings as JSON instead (format nhp-findings, docs/findings.schema.json).{file.OptionsHelp}

        Exit codes: 0 no errors (warnings may be printed), 1 errors found, 2 the file cannot be read.

        """ + file.FormatHelp;

    protected virtual IReadOnlyList<string> ValueOptions => [];

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var arguments = Arguments.Parse(args, [.. ValueOptions, .. file.Options], ["--json"]);
        var (value, source, imported) = file.Load(arguments, context);
        Finding[] findings = [.. imported, .. file.Check(value).Select(f => f with { Location = f.Location ?? new SourceLocation(source, null) }), .. MoreFindings(value, arguments, context)];
        if (arguments.Flag("--json"))
        {
            context.Out.Write(FindingsJson.Write(findings));
        }
        else if (findings.Length == 0)
        {
            context.Out.Write($"{source}: no findings.\n");
        }
        else
        {
            foreach (var finding in findings)
            {
                context.Out.Write(finding.ToString().ReplaceLineEndings(" ") + "\n");
            }
        }

        var errors = findings.Count(f => f.Severity == Severity.Error);
        if (!arguments.Flag("--json"))
        {
            var warnings = findings.Count(f => f.Severity == Severity.Warning);
            context.Error.Write(string.Create(CultureInfo.InvariantCulture, $"{source}: {errors} error(s), {warnings} warning(s), {findings.Length - errors - warnings} note(s).\n"));
        }

        return errors > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }

    /// <summary>Findings beyond the file's own rules (e.g. against another file an option names).</summary>
    protected virtual IEnumerable<Finding> MoreFindings(T value, Arguments arguments, CliContext context) => [];
}
