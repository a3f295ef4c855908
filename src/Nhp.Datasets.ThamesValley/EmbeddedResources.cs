namespace Nhp.Datasets.ThamesValley;

/// <summary>Opens the data files embedded under <c>Resources/</c> (see the README there for their sources).</summary>
internal static class EmbeddedResources
{
    /// <summary>The four pillars with the progress reported under each, 17 June 2016 (format nhp-framework-assessment).</summary>
    public const string FourPillars2016 = "tvp-four-pillars-2016.json";

    /// <summary>The Neighbourhood Policing Review's recommendations as the 2016 report gives them (format nhp-review-recommendations).</summary>
    public const string ReviewRecommendations2016 = "tvp-review-recommendations-2016.json";

    private const string Prefix = "Nhp.Datasets.ThamesValley.Resources.";

    public static StreamReader Open(string name)
    {
        var assembly = typeof(EmbeddedResources).Assembly;
        var stream = assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing from {assembly.GetName().Name}.");
        return new StreamReader(stream);
    }

    /// <summary>The value of an import of the package's own data, which must import without errors (anything else is a packaging fault).</summary>
    public static T Cleanly<T>(Importing.ImportResult<T> import)
        where T : class =>
        import is { HasErrors: false, Value: { } value }
            ? value
            : throw new InvalidOperationException($"The embedded {import.Source} did not import cleanly: " + string.Join("; ", import.Findings.Where(f => f.Severity == Findings.Severity.Error)));
}
