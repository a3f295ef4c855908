namespace Nhp.Cli.Tests.Commands;

internal static class CliRunner
{
    public static (int Exit, string Out, string Error) Run(string input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApp.Run(args, new CliContext(new StringReader(input), output, error, AppContext.BaseDirectory));
        return (exit, output.ToString(), error.ToString());
    }
}
