using Nhp.Datasets;
using Nhp.Findings;
using Nhp.Importing;
using Nhp.Reporting;

namespace Nhp.Cli.Commands;

/// <summary>
/// One stored file kind the <c>validate</c> and <c>render</c> commands of a group read: how to read it, check it, put
/// it in a dataset, and which report renders it.
/// </summary>
/// <typeparam name="T">What the file holds.</typeparam>
internal sealed record OrganisationFile<T>(
    string Group,
    string What,
    string FormatHelp,
    Func<Stream, string, ImportResult<T>> Read,
    Func<T, IReadOnlyList<Finding>> Check,
    Func<T, string, NhpDataset> Dataset,
    Func<IReport> Report)
    where T : class
{
    /// <summary>Reads the one file the arguments name; unusable input is exit code 2 with the import's findings.</summary>
    public (T Value, string Source, IReadOnlyList<Finding> Findings) Load(Arguments arguments, CliContext context)
    {
        arguments.ExpectPositionals(1, 1, "the file to read");
        var source = arguments.Positionals[0];
        using var stream = File.OpenRead(context.ResolvePath(source));
        var (value, findings) = ImportOutput.WithChecks(Read(stream, source), context, _ => []);
        return (value, source, findings);
    }
}
