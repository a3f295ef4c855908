using Nhp.Delivery;

namespace Nhp.Cli.Commands;

// Reads a delivery plan file by its extension: the committee paper's text table (.txt), CSV (.csv) or JSON (.json).
internal static class PlanFiles
{
    public static readonly string[] Extensions = [".txt", ".csv", ".json"];

    public static DeliveryPlan Read(CliContext context, string path)
    {
        var full = context.ResolvePath(path);
        var name = Path.GetFileName(full);
        var extension = Path.GetExtension(full).ToLowerInvariant();
        if (!Extensions.Contains(extension))
        {
            throw new NhpInputException(
                $"'{name}' is not a plan file Nhp can read: the name must end in .txt (the paper's table), .csv or .json.",
                new Findings.SourceLocation(name, null),
                "file",
                Extensions);
        }

        if (extension == ".json")
        {
            return PlanJson.Read(File.ReadAllText(full), name);
        }

        using var reader = new StreamReader(full);
        var options = new PlanImportOptions { KnownObjectives = StrategyObjectives.CityOfLondon2023 };
        var import = extension == ".csv" ? PlanCsv.Read(reader, name, options) : PlanText.Read(reader, name, options);
        return import.Plan;
    }
}
