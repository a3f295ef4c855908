namespace Nhp.Cli;

/// <summary>The console a command runs against; tests pass string readers and writers.</summary>
/// <param name="In">Standard input.</param>
/// <param name="Out">Standard output: results only.</param>
/// <param name="Error">Standard error: messages for people.</param>
/// <param name="WorkingDirectory">The folder relative paths are resolved against.</param>
internal sealed record CliContext(TextReader In, TextWriter Out, TextWriter Error, string WorkingDirectory)
{
    public string ResolvePath(string path) => Path.GetFullPath(path, WorkingDirectory);
}
