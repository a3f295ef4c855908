using System.Globalization;

namespace Nhp.Cli.Tests.Commands;

/// <summary>Runs the nhp command in-process in a fresh temporary folder holding the test data.</summary>
internal sealed class PlanCli : IDisposable
{
    public const string Seed = "plan.txt";

    public const string Objectives = "objectives.txt";

    public PlanCli()
    {
        Directory = Path.Combine(Path.GetTempPath(), "nhp-cli-" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture));
        System.IO.Directory.CreateDirectory(Directory);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Data", "colp-delivery-plan-2024-01.txt"), Path.Combine(Directory, Seed));
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Data", "colp-nhp-strategy-2023-objectives.txt"), Path.Combine(Directory, Objectives));
    }

    public string Directory { get; }

    public string PathOf(string name) => Path.Combine(Directory, name);

    public string Write(string name, string text)
    {
        File.WriteAllText(PathOf(name), text);
        return name;
    }

    public string Read(string name) => File.ReadAllText(PathOf(name));

    public (int Exit, string Out, string Error) Run(params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var exit = CliApp.Run(args, new CliContext(TextReader.Null, output, error, Directory));
        return (exit, output.ToString(), error.ToString());
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
