namespace Nhp.Datasets.CityOfLondon;

/// <summary>Opens the data files embedded under <c>Resources/</c> (see the README there for their sources).</summary>
internal static class EmbeddedResources
{
    public const string DeliveryPlanJanuary2024 = "colp-delivery-plan-2024-01.txt";

    public const string Objectives2023 = "colp-nhp-strategy-2023-objectives.txt";

    public const string CrimeDataIntegrityJanuary2024 = "crime-data-integrity-2024-01.csv";

    public const string PolicingPlanMeasures2023To24 = "policing-plan-measures-2023-24.tsv";

    public const string PolicingPlanCommentary2023To24 = "policing-plan-commentary-2023-24.txt";

    public const string PolicingPlanPrintedChanges2023To24 = "policing-plan-printed-changes-2023-24.tsv";

    public const string PoliceUkMonthlyGroups = "policeuk-city-of-london-monthly-groups.csv";

    /// <summary>The Sector Policing Model as the paper of 22 June 2021 describes it (format nhp-policing-model).</summary>
    public const string SectorPolicingModel2021 = "colp-sector-policing-model-2021.json";
    public const string HmicfrsActionsFebruary2024 = "hmicfrs-actions-2024-02.tsv";

    public const string ModernSlaveryByAge = "modern-slavery-2024-02-victims-by-age.tsv";

    public const string ModernSlaveryByEthnicity = "modern-slavery-2024-02-victims-by-ethnicity.tsv";

    public const string ModernSlaveryOutcomes = "modern-slavery-2024-02-outcomes.tsv";

    public const string ModernSlaveryStatements = "modern-slavery-2024-02-statements.tsv";

    public const string OutstandingReferences = "outstanding-references-2024-02.tsv";

    /// <summary>The areas for improvement of the PEEL update of February 2024 (format nhp-peel-update).</summary>
    public const string PeelUpdateFebruary2024 = "colp-peel-update-2024-02.json";

    /// <summary>The HR diversity data of deliverable 4.14, January 2024 (format nhp-diversity-profile).</summary>
    public const string WorkforceJanuary2024 = "colp-workforce-2024-01.json";

    private const string Prefix = "Nhp.Datasets.CityOfLondon.Resources.";

    public static StreamReader Open(string name)
    {
        var assembly = typeof(EmbeddedResources).Assembly;
        var stream = assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing from {assembly.GetName().Name}.");
        return new StreamReader(stream);
    }

    // The embedded tables are the package's own data, written without quoting: one record a line, fields split at
    // the separator. A row with another number of fields is a packaging bug, not user input.
    public static IEnumerable<(int Line, string[] Fields)> Rows(string name, char separator, int fields)
    {
        using var reader = Open(name);
        var line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Length == 0)
            {
                continue;
            }

            var parts = text.Split(separator);
            if (parts.Length != fields)
            {
                throw new InvalidOperationException($"{name}:{line} has {parts.Length} fields; the table has {fields}.");
            }

            yield return (line, parts);
        }
    }
}
