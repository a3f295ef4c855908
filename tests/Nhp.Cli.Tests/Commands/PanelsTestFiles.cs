using System.Text;

namespace Nhp.Cli.Tests.Commands;

/// <summary>A temporary folder holding the sample engagement file and files written by a test; deleted on dispose.</summary>
internal sealed class PanelsTestFiles : IDisposable
{
    public const string Sample = "engagement-city-of-london-2024-11.json";

    public PanelsTestFiles()
    {
        Folder = Directory.CreateTempSubdirectory("nhp-panels-").FullName;
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Data", Sample), Path.Combine(Folder, Sample));
    }

    public string Folder { get; }

    public string Write(string name, string json)
    {
        File.WriteAllText(Path.Combine(Folder, name), json, new UTF8Encoding(false));
        return name;
    }

    public (int Exit, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var error = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var exit = CliApp.Run(args, new CliContext(TextReader.Null, output, error, Folder));
        return (exit, output.ToString(), error.ToString());
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
