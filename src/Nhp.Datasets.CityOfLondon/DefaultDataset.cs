using Nhp.Delivery;
using NodaTime;

namespace Nhp.Datasets.CityOfLondon;

/// <summary>Builds the City of London dataset from the committee papers shipped as resources.</summary>
internal static class DefaultDataset
{
    private const string Sppc = "Strategic Planning and Performance Committee";

    private static readonly Lazy<NhpDataset> Lazy = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<IReadOnlyList<Objective>> ObjectivesLazy = new(ReadObjectives, LazyThreadSafetyMode.ExecutionAndPublication);

    public static NhpDataset Instance => Lazy.Value;

    public static IReadOnlyList<Objective> Objectives => ObjectivesLazy.Value;

    private static IReadOnlyList<Objective> ReadObjectives()
    {
        using var reader = EmbeddedResources.Open(EmbeddedResources.Objectives2023);
        return Cleanly(StrategyObjectives.Read(reader, EmbeddedResources.Objectives2023));
    }

    /// <summary>Reads the embedded police.uk monthly group counts (see Resources/README.md).</summary>
    internal static IReadOnlyList<PoliceUk.MonthlyCrimeCount> PoliceUkGroups()
    {
        const string name = EmbeddedResources.PoliceUkMonthlyGroups;
        var pattern = NodaTime.Text.YearMonthPattern.CreateWithInvariantCulture("uuuu'-'MM");
        return EmbeddedResources.Rows(name, ',', 3).Skip(1)
            .Select(r => new PoliceUk.MonthlyCrimeCount(
                pattern.Parse(r.Fields[0]).Value,
                r.Fields[1],
                r.Fields[2].Length == 0 ? null : int.Parse(r.Fields[2], System.Globalization.CultureInfo.InvariantCulture)))
            .ToArray();
    }

    // The police.uk context as a source: public data, not the force's figures, cut at the paper's date like the report.
    private static SourceDocument PoliceUkSource(IReadOnlyList<PoliceUk.MonthlyCrimeCount> counts, LocalDate cut)
    {
        var months = counts.Select(c => c.Month).Where(m => m.OnDayOfMonth(1).PlusMonths(1).PlusDays(-1) <= cut).Distinct().Order().ToArray();
        static string Name(YearMonth month) => month.ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        return new SourceDocument(
            "data.police.uk street-level crime, " + CityOfLondonDataset.Force + ": monthly counts of the neighbourhood-crime and violence groups",
            "data.police.uk (public data, not the force\u2019s own figures)",
            months[^1].OnDayOfMonth(1).PlusMonths(1).PlusDays(-1))
        {
            IsPublicData = true,
            Coverage = $"{Name(months[0])} to {Name(months[^1])}; later months in the files are left out, as they end after the paper's date",
            Files = [.. months.Select(m => m.ToString("uuuu'-'MM", System.Globalization.CultureInfo.InvariantCulture) + "-city-of-london-street.csv")],
            Note = "Open Government Licence v3.0. Counted by police.uk crime type, which is broader than the force\u2019s definitions, so the counts do not equal the paper\u2019s figures.",
        };
    }

    private static NhpDataset Build()
    {
        var february = new LocalDate(2024, 2, 22);
        var policeUk = PoliceUkGroups();
        return new NhpDataset
        {
            Name = CityOfLondonDataset.Force + ", February 2024",
            Force = CityOfLondonDataset.Force,
            AsOf = february,
            Sources =
            [
                new SourceDocument("Q3 Policing Plan Performance 2023-24", Sppc, february, "Pol 20-24"),
                new SourceDocument("Neighbourhood Policing Strategy Delivery Plan (Appendix 1: implementation plan, summary position January 2024)", Sppc, february, "Pol 23-24"),
                new SourceDocument("Crime Data Integrity Review", Sppc, february, "Pol 24-24"),
                new SourceDocument("Quarterly HMICFRS Inspections Update", Sppc, february, "Pol 21-24"),
                new SourceDocument("HMICFRS Update on PEEL Inspection 'Requires Improvements'", Sppc, february, "Pol 22-24"),
                new SourceDocument("Modern Day Slavery and Human Trafficking update", Sppc, february, "Pol 25-24"),
                new SourceDocument("Improving communications and engagement on crime and policing", Sppc, february),
                new SourceDocument("Community Engagement Quarterly Update & Measures of the Strategic Plan", Sppc, CityOfLondonEngagement.PaperDate),
                PoliceUkSource(policeUk, february),
                SectorModel.Source,
            ],
            DeliveryPlan = LoadDeliveryPlan(),
            Performance = MeasureCatalogue.PolicingPlanQ3 with { MonthlyContext = policeUk, ContextCutOff = february },
            CrimeDataIntegrity = ReadCrimeDataIntegrity(),
            Engagement = CityOfLondonEngagement.Build(),
            PolicingModel = SectorModel.Instance,
            Governance = CityOfLondonGovernance.Build(),
        };
    }

    // The January 2024 implementation plan, imported from its text export with the strategy's known objectives.
    // Embedded data must import cleanly: an error here is a packaging bug, not user input.
    internal static DeliveryPlan LoadDeliveryPlan()
    {
        using var reader = EmbeddedResources.Open(EmbeddedResources.DeliveryPlanJanuary2024);
        var import = PlanText.Read(reader, EmbeddedResources.DeliveryPlanJanuary2024, new PlanImportOptions { KnownObjectives = CityOfLondonDataset.StrategyObjectives2023, KnownObjectivesName = EmbeddedResources.Objectives2023 });
        return Cleanly(import);
    }

    private static Nhp.Integrity.CdiReview ReadCrimeDataIntegrity()
    {
        const string name = EmbeddedResources.CrimeDataIntegrityJanuary2024;
        using var reader = EmbeddedResources.Open(name);
        return Cleanly(Nhp.Integrity.CdiReviewCsv.Read(reader, name));
    }

    // Embedded data must import with no error finding: one is a packaging bug, not a problem of the user's input.
    internal static T Cleanly<T>(Importing.ImportResult<T> import)
        where T : class =>
        import is { HasErrors: false, Value: { } value }
            ? value
            : throw new InvalidOperationException($"The embedded {import.Source} did not import cleanly: " + string.Join("; ", import.Findings.Where(f => f.Severity == Findings.Severity.Error)));
}
