using Nhp.Delivery;
using NodaTime;

namespace Nhp.Datasets;

/// <summary>Builds the embedded default dataset from the committee papers shipped as resources.</summary>
internal static class DefaultDataset
{
    private const string Sppc = "Strategic Planning and Performance Committee";

    private static readonly Lazy<NhpDataset> Lazy = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    public static NhpDataset Instance => Lazy.Value;

    /// <summary>Reads the embedded police.uk monthly group counts (see Resources/README.md).</summary>
    internal static IReadOnlyList<PoliceUk.MonthlyCrimeCount> PoliceUkGroups()
    {
        const string name = "Nhp.Datasets.Resources.policeuk-city-of-london-monthly-groups.csv";
        using var stream = typeof(DefaultDataset).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        var pattern = NodaTime.Text.YearMonthPattern.CreateWithInvariantCulture("uuuu'-'MM");
        return Text.Csv.Read(reader, name).Skip(1)
            .Select(r => new PoliceUk.MonthlyCrimeCount(
                pattern.Parse(r.Fields[0]).Value,
                r.Fields[1],
                r.Fields[2].Length == 0 ? null : int.Parse(r.Fields[2], System.Globalization.CultureInfo.InvariantCulture)))
            .ToArray();
    }

    private static NhpDataset Build()
    {
        var february = new LocalDate(2024, 2, 22);
        return new NhpDataset
        {
            Name = "City of London Police, February 2024",
            Sources =
            [
                new SourceDocument("Q3 Policing Plan Performance 2023-24", Sppc, february, "Pol 20-24"),
                new SourceDocument("Neighbourhood Policing Strategy Delivery Plan (Appendix 1: implementation plan, summary position January 2024)", Sppc, february, "Pol 23-24"),
                new SourceDocument("Crime Data Integrity Review", Sppc, february, "Pol 24-24"),
                new SourceDocument("Improving communications and engagement on crime and policing", Sppc, february),
                new SourceDocument("Community Engagement Quarterly Update & Measures of the Strategic Plan", Sppc, Engagement.CityOfLondonEngagement.PaperDate),
            ],
            DeliveryPlan = LoadDeliveryPlan(),
            Performance = Metrics.MeasureCatalogue.PolicingPlanQ3 with { MonthlyContext = PoliceUkGroups() },
            CrimeDataIntegrity = ReadCrimeDataIntegrity(),
            Engagement = Engagement.CityOfLondonEngagement.Build(),
        };
    }

    // The January 2024 implementation plan, imported from its text export with the strategy's known objectives.
    // Embedded data must import cleanly: an error here is a packaging bug, not user input.
    internal static DeliveryPlan LoadDeliveryPlan()
    {
        using var reader = EmbeddedResources.Open(EmbeddedResources.DeliveryPlanJanuary2024);
        var import = PlanText.Read(reader, EmbeddedResources.DeliveryPlanJanuary2024, new PlanImportOptions { KnownObjectives = StrategyObjectives.CityOfLondon2023 });
        return Cleanly(import);
    }

    private static Nhp.Integrity.CdiReview ReadCrimeDataIntegrity()
    {
        const string name = "crime-data-integrity-2024-01.csv";
        using var stream = typeof(DefaultDataset).Assembly.GetManifestResourceStream("Nhp.Datasets.Resources." + name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing from the build.");
        using var reader = new StreamReader(stream);
        return Cleanly(Nhp.Integrity.CdiReviewCsv.Read(reader, name));
    }

    // Embedded data must import with no error finding: one is a packaging bug, not a problem of the user's input.
    private static T Cleanly<T>(Importing.ImportResult<T> import)
        where T : class =>
        import is { HasErrors: false, Value: { } value }
            ? value
            : throw new InvalidOperationException($"The embedded {import.Source} did not import cleanly: " + string.Join("; ", import.Findings.Where(f => f.Severity == Findings.Severity.Error)));
}
