namespace Nhp.Cli.Tests;

/// <summary>Runs the command line in process, with captured output, in a given working folder.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(string workingDirectory, params string[] args) => OfInput(workingDirectory, string.Empty, args);

    public static CliRun OfInput(string workingDirectory, string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, new CliContext(new StringReader(input), output, error, workingDirectory));
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
