using Nhp.Findings;

namespace Nhp.Cli.Files;

/// <summary>
/// The one way the command line opens an input file: only an ordinary file is read. A missing path, a folder,
/// a device (<c>/dev/zero</c>) or a named pipe is refused with a located <see cref="NhpInputException"/> (exit
/// code 2) before anything is opened, so nothing hangs on a pipe or reads without end; standard input is read
/// only when the command is asked to (no file, or <c>-</c> where the command says so).
/// </summary>
internal static class InputFiles
{
    /// <summary>Checks <paramref name="path"/> names an ordinary file and returns its full path.</summary>
    /// <param name="context">The console; relative paths resolve against its working folder.</param>
    /// <param name="path">The path as the user gave it (used in messages).</param>
    /// <param name="option">The option the path came from, for the message; null for a positional argument.</param>
    /// <exception cref="NhpInputException">The path is empty, missing, a folder, a device or a pipe.</exception>
    public static string Check(CliContext context, string path, string? option = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new NhpInputException("The file name is empty; give the path of a file.", null, option);
        }

        var full = context.ResolvePath(path);
        var location = new SourceLocation(Messages.OneLine(path), null);
        return FileIdentity.Kind(full) switch
        {
            FileKind.Regular => full,
            FileKind.Missing => throw new NhpInputException($"The file {Messages.Quote(path)} does not exist.", location, option),
            FileKind.Directory => throw new NhpInputException($"{Messages.Quote(path)} is a folder; give the path of a file in it.", location, option),
            _ => throw new NhpInputException($"{Messages.Quote(path)} is a device or pipe, not a file; save the data to a file first.", location, option),
        };
    }

    /// <summary>Opens an ordinary file for reading after <see cref="Check"/>.</summary>
    /// <param name="context">The console; relative paths resolve against its working folder.</param>
    /// <param name="path">The path as the user gave it.</param>
    /// <param name="option">The option the path came from, for the message; null for a positional argument.</param>
    public static FileStream OpenRead(CliContext context, string path, string? option = null) =>
        File.OpenRead(Check(context, path, option));
}
