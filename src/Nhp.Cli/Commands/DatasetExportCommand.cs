using Nhp.Datasets;
using Nhp.Datasets.CityOfLondon;

namespace Nhp.Cli.Commands;

/// <summary><c>nhp dataset export --out &lt;dir&gt;</c>: writes the embedded default dataset as a dataset folder.</summary>
internal sealed class DatasetExportCommand : ICommand
{
    public string Name => "dataset export";

    public string Summary => "Write the embedded default dataset as a dataset folder to edit.";

    public string Usage =>
        $"""
        Usage: nhp dataset export --out <dir>

        Writes the embedded default dataset (the City of London Police committee papers of January
        and February 2024) as a dataset folder: the manifest {DatasetFolder.ManifestFileName} (name,
        force, as-of date, sources, and the file of each part) and one file per part:
        {string.Join("\n", DatasetFolder.Parts.Select(p => $"  {p.FileName,-26}{p.Id}: {p.FormatName}"))}
        Edit the files (or replace them with your own force's), check them with 'nhp dataset
        validate <dir>', and render every report from them with 'nhp report --data <dir> --out <out>'.
        All files are written or none; other files in the folder are left alone.

        Options:
          --out, -o <dir>     The folder to write to (created if missing).

        """;

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var arguments = Arguments.Parse(args, ["--out"], aliases: new Dictionary<string, string> { ["-o"] = "--out" });
        arguments.ExpectPositionals(0, 0, "arguments");
        var outDir = arguments.RequiredOption("--out");
        var dataset = CityOfLondonDataset.February2024;
        var files = DatasetFolder.Parts.Where(p => p.IsIn(dataset)).Select(p => (p.FileName, p.Write(dataset)))
            .Prepend((DatasetFolder.ManifestFileName, DatasetFolder.WriteManifest(dataset)))
            .Select(f => (f.Item1, (Action<Stream>)(stream => stream.Write(new System.Text.UTF8Encoding(false).GetBytes(f.Item2)))))
            .ToList();
        foreach (var path in OutputFiles.WriteFolder(context, outDir, files, []))
        {
            context.Out.Write(Path.GetRelativePath(context.WorkingDirectory, path).Replace('\\', '/') + "\n");
        }

        return ExitCodes.Success;
    }
}
