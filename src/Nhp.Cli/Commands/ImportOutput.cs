using Nhp.Findings;
using Nhp.Importing;

namespace Nhp.Cli.Commands;

/// <summary>What every command does with an import result: its findings join the command's own, in front of them.</summary>
internal static class ImportOutput
{
    /// <summary>
    /// The value and the import's findings followed by <paramref name="check"/>'s. With no value, the import's
    /// findings are written to standard error and the input is unusable (exit code 2).
    /// </summary>
    public static (T Value, IReadOnlyList<Finding> Findings) WithChecks<T>(ImportResult<T> import, CliContext context, Func<T, IEnumerable<Finding>> check)
        where T : class
    {
        if (import.Value is not { } value)
        {
            PlanInput.Report(import.Findings, context, Severity.Info);
            throw new NhpInputException(
                $"The input could not be imported: {import.Findings.Count(f => f.Severity == Severity.Error)} error(s), listed above.",
                import.Source is null ? null : new SourceLocation(import.Source, null));
        }

        return (value, [.. import.Findings, .. check(value)]);
    }
}
