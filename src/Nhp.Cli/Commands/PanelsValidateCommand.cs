using Nhp.Engagement;
using Nhp.Findings;

namespace Nhp.Cli.Commands;

/// <summary><c>nhp panels validate &lt;file&gt; [--json]</c>: checks a cluster panel and engagement file.</summary>
internal sealed class PanelsValidateCommand : ICommand
{
    public string Name => "panels validate";

    public string Summary => "Check a cluster panel schedule and engagement file against its panel model.";

    public string Usage =>
        """
        Usage: nhp panels validate <file> [--json]

        Checks the ward-to-cluster mapping (unknown wards, wards in two clusters), each cluster's meetings per
        panel year, periods with no meeting, clashes, held meetings with no attendance or topics recorded,
        the Corporation's attendance commitment, City-wide business meetings, overdue "you said, we did"
        items, events and metric values. Prints one finding per line.

        Options:
          --json    Print the findings as JSON instead (format nhp-findings, docs/findings.schema.json).

        Exit codes: 0 no errors (warnings may be printed), 1 errors found, 2 the file cannot be read.

        """ + PanelsFile.FormatHelp;

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var arguments = Arguments.Parse(args, [], ["--json"]);
        var (data, source, imported) = PanelsFile.Read(arguments, context);
        Finding[] findings = [.. imported, .. EngagementRules.Check(data).Select(f => f with { Location = new SourceLocation(source, null) })];
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
                context.Out.Write(Messages.OneLine(finding) + "\n");
            }
        }

        var errors = findings.Count(f => f.Severity == Severity.Error);
        if (!arguments.Flag("--json"))
        {
            var warnings = findings.Count(f => f.Severity == Severity.Warning);
            context.Error.Write(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{source}: {errors} error(s), {warnings} warning(s), {findings.Length - errors - warnings} note(s).\n"));
        }

        return errors > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }
}
