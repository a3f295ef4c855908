using Nhp.Datasets.CityOfLondon;
using Nhp.Engagement;

namespace Nhp.Cli.Commands;

/// <summary>Reads the cluster panel and engagement file that the <c>panels</c> commands take.</summary>
internal static class PanelsFile
{
    public const string FormatHelp =
        """
        The file is JSON: "format": "nhp-engagement", "version": 1, asOf (the date the data is correct at), model (the panel model), places (wards,
        sectors, clusters and their wards), meetings, events and metricValues. Dates are ISO (2024-11-06),
        times 24-hour (13:00), event dates as printed ("25 November – 10 December 2024", "October 2024",
        "Mid-September 2024"). samples/engagement/engagement-city-of-london-2024-11.json is a complete example.

        """;

    /// <summary>The data, its source, and the import's findings.</summary>
    public static (EngagementData Data, string Source, IReadOnlyList<Nhp.Findings.Finding> Findings) Read(Arguments arguments, CliContext context)
    {
        arguments.ExpectPositionals(1, 1, "the file to read");
        var source = arguments.Positionals[0];
        using var stream = Files.InputFiles.OpenRead(context, source);
        var (data, findings) = ImportOutput.WithChecks(EngagementJson.Read(stream, source), context, _ => []);
        // The file holds values of the engagement metrics, not their definitions: those of the default dataset apply.
        data = data with { Metrics = CityOfLondonDataset.EngagementMetrics2024 };
        return (data, source, findings);
    }
}
