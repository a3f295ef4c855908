namespace Nhp.Datasets;

/// <summary>Opens the data files embedded under <c>Datasets/Resources/</c> (see the README there for their sources).</summary>
internal static class EmbeddedResources
{
    public const string DeliveryPlanJanuary2024 = "colp-delivery-plan-2024-01.txt";

    public const string CityOfLondonObjectives = "colp-nhp-strategy-2023-objectives.txt";

    public static StreamReader Open(string name)
    {
        var assembly = typeof(EmbeddedResources).Assembly;
        var stream = assembly.GetManifestResourceStream("Nhp.Datasets.Resources." + name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing from {assembly.GetName().Name}.");
        return new StreamReader(stream);
    }
}
