using Nhp.Datasets;
using Nhp.Findings;

namespace Nhp.Cli.Commands;

/// <summary>Reads a dataset folder for the commands that take one, with the findings made reading it.</summary>
internal static class DatasetInput
{
    /// <summary>The dataset and every finding made reading it; a dataset that cannot be used is exit code 2.</summary>
    public static (NhpDataset Dataset, IReadOnlyList<Finding> Findings) Load(string path, CliContext context)
    {
        var full = context.ResolvePath(path);
        if (!Directory.Exists(full) && !File.Exists(full))
        {
            throw new NhpInputException($"The dataset folder '{path}' does not exist.", new SourceLocation(path, null));
        }

        // Findings name files as the user wrote the path when it means the same file from here.
        var import = NhpDataset.Load(string.Equals(Path.GetFullPath(path), full, StringComparison.Ordinal) ? path : full);
        if (import.Value is not { } dataset)
        {
            PlanInput.Report(import.Findings, context, Severity.Info);
            throw new NhpInputException(
                $"The dataset could not be read: {import.Findings.Count(f => f.Severity == Severity.Error)} error(s), listed above.", new SourceLocation(path, null));
        }

        return (dataset, import.Findings);
    }
}
