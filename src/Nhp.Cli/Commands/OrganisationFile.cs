using Nhp.Datasets;
using Nhp.Findings;
using Nhp.Importing;
using Nhp.Reporting;

namespace Nhp.Cli.Commands;

/// <summary>
/// One stored file kind the <c>validate</c> and <c>render</c> commands of a group read: how to read it, check it, put
/// it in a dataset, and which report renders it. A kind whose reading needs more than the file (a date, another
/// file) declares its <see cref="Options"/> and reads them from the arguments it is given.
/// </summary>
/// <typeparam name="T">What the file holds.</typeparam>
internal sealed record OrganisationFile<T>(
    string Group,
    string What,
    string FormatHelp,
    Func<Stream, string, Arguments, CliContext, ImportResult<T>> Read,
    Func<T, IReadOnlyList<Finding>> Check,
    Func<T, string, NhpDataset> Dataset,
    Func<IReport> Report)
    where T : class
{
    /// <summary>The options with values this kind takes beyond the command's own (e.g. <c>--as-of</c>).</summary>
    public IReadOnlyList<string> Options { get; init; } = [];

    /// <summary>The usage lines of <see cref="Options"/>, each starting with a line break and indented as the commands print options; empty when none.</summary>
    public string OptionsHelp { get; init; } = string.Empty;

    /// <summary>Reads the one file the arguments name; unusable input is exit code 2 with the import's findings.</summary>
    public (T Value, string Source, IReadOnlyList<Finding> Findings) Load(Arguments arguments, CliContext context)
    {
        arguments.ExpectPositionals(1, 1, "the file to read");
        var source = arguments.Positionals[0];
        using var stream = Files.InputFiles.OpenRead(context, source);
        var (value, findings) = ImportOutput.WithChecks(Read(stream, source, arguments, context), context, _ => []);
        return (value, source, findings);
    }
}
