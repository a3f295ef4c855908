using Nhp.Policing;
using NodaTime;

namespace Nhp.Datasets.CityOfLondon;

/// <summary>The 2021 Sector Policing Model, read once from its embedded file with the public reader.</summary>
internal static class SectorModel
{
    private static readonly Lazy<PolicingModel> Lazy = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static PolicingModel Instance => Lazy.Value;

    public static SourceDocument Source { get; } = new(
        "CoLP Sector Policing Model - initial successes and challenges", "Police Authority Board", new LocalDate(2021, 6, 22), "Pol 36-21");

    private static PolicingModel Load()
    {
        using var reader = EmbeddedResources.Open(EmbeddedResources.SectorPolicingModel2021);
        var model = DefaultDataset.Cleanly(PolicingModelJson.Read(reader, EmbeddedResources.SectorPolicingModel2021));
        return model with { Places = model.Places with { Wards = CityOfLondonDataset.Wards } };
    }
}
