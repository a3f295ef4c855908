using System.Globalization;
using Nhp.Metrics;
using Nhp.Periods;

namespace Nhp.Datasets.CityOfLondon;

/// <summary>
/// The City of London Police measures, taken from the City of London Police papers: the Policing Plan measures of the "Q3
/// Policing Plan Performance 2023-24" report (Strategic Planning and Performance Committee, February 2024) with their
/// four quarters as printed, and the Community Engagement Strategic Plan's outcomes a–d and metrics a–j ("Community
/// Engagement Quarterly Update &amp; Measures of the Strategic Plan", November 2024) as definitions only: that paper
/// gives no values yet. Immutable and thread-safe.
/// </summary>
public static class MeasureCatalogue
{
    private const string EngagementPlan = "Community Engagement Strategic Plan";

    private static readonly Lazy<IReadOnlyList<MeasureSeries>> PolicingPlanLazy = new(BuildPolicingPlan);

    /// <summary>The quarters the Q3 2023/24 report prints: Q4 2022/23 to Q3 2023/24.</summary>
    public static IReadOnlyList<FinancialQuarter> PolicingPlanQuarters { get; } =
        new[] { "Q4 2022/23", "Q1 2023/24", "Q2 2023/24", "Q3 2023/24" }.Select(FinancialQuarter.Parse).ToArray();

    /// <summary>The Policing Plan measures with their four printed quarters, in the order of the report.</summary>
    public static IReadOnlyList<MeasureSeries> PolicingPlan2023To24 => PolicingPlanLazy.Value;

    /// <summary>
    /// The quarter-on-quarter changes the Q3 2023/24 paper printed for its Q2 to Q3 movements, verbatim. Three of them
    /// divide by the later value (violent crime "18% (+79)" is 79/447); the ECCA one divides by the earlier value.
    /// </summary>
    public static IReadOnlyList<PrintedChange> PolicingPlanPrintedChanges { get; } =
    [
        new("neighbourhood-crime", FinancialQuarter.Parse("Q3 2023/24"), "Neighbourhood crime has increased by 9% (+38) from Q2 to Q3.", 9m),
        new("violent-crime", FinancialQuarter.Parse("Q3 2023/24"), "Violent crime has increased in Q3 by 18% (+79) compared to Q2.", 18m),
        new("vawg", FinancialQuarter.Parse("Q3 2023/24"), "Overall Violence Against Women and Girls has increased by 4% (+7) from Q2.", 4m),
        new("ecca-delegates", FinancialQuarter.Parse("Q3 2023/24"), "Despite the fall in the number of courses, delegate numbers rose from 129 in Q2 to 207 in Q3, representing an increase of 60% (+78).", 60m),
    ];

    /// <summary>The Q3 2023/24 Policing Plan performance set: the measures, the quarter and the printed changes.</summary>
    public static PerformanceSet PolicingPlanQ3 => new(
        "Q3 Policing Plan Performance 2023-24",
        FinancialQuarter.Parse("Q3 2023/24"),
        PolicingPlan2023To24,
        PolicingPlanPrintedChanges);

    /// <summary>The Community Engagement Strategic Plan's outcomes a–d, verbatim.</summary>
    public static IReadOnlyList<StrategyOutcome> EngagementOutcomes { get; } =
    [
        new(EngagementPlan, "a", "To improve public trust and confidence in the City of London Police"),
        new(EngagementPlan, "b", "To reduce crime in hotspot areas following targeted crime prevention advice"),
        new(EngagementPlan, "c", "To inform the public on how to protect themselves from crime as a result of crime prevention advice"),
        new(EngagementPlan, "d", "To increase diversity in demographics of public surveys"),
    ];

    /// <summary>
    /// The Community Engagement Strategic Plan's metrics a–j as definitions (ids <c>engagement-a</c> to
    /// <c>engagement-j</c>); no values, targets or directions were set by the paper, so direction is neutral.
    /// </summary>
    public static IReadOnlyList<MeasureDefinition> EngagementMetrics { get; } =
    [
        Engagement("a", "Number of cluster panel meetings", "Cluster panel meetings", MeasureUnit.Count),
        Engagement("b", "Number of business engagements", "Business engagements", MeasureUnit.Count),
        Engagement("c", "Number of Dedicated Ward Officer (DWO) initiated community engagement events", "DWO-initiated community engagement events", MeasureUnit.Count),
        Engagement("d", "Time dedicated to DWO high-visibility cluster patrols", "DWO high-visibility cluster patrol time", MeasureUnit.Hours),
        Engagement("e", "Volunteer time dedicated to community engagement (hrs)", "Volunteer time on community engagement", MeasureUnit.Hours),
        Engagement("f", "Confidence score in the City of London Police's public confidence survey", "Public confidence score", MeasureUnit.Score),
        Engagement("g", "Demographic breakdown (gender, ethnicity, age) of respondents to the City of London Police's public confidence survey", "Survey respondent demographics", MeasureUnit.Percentage),
        Engagement("h", "DWO Nextdoor activity (no of posts)", "DWO Nextdoor posts", MeasureUnit.Count),
        Engagement("i", "Number of 'you said we did' problem-solving logs for cluster panel meetings", "'You said, we did' problem-solving logs", MeasureUnit.Count),
        Engagement("j", "Number of social media posts containing crime prevention messaging", "Crime prevention social media posts", MeasureUnit.Count),
    ];

    /// <summary>Finds a Policing Plan or engagement measure by id (ordinal, case-insensitive).</summary>
    /// <param name="id">The id, e.g. <c>violent-crime</c>.</param>
    /// <returns>The definition, or null.</returns>
    public static MeasureDefinition? Find(string id) =>
        PolicingPlan2023To24.Select(s => s.Measure).Concat(EngagementMetrics)
            .FirstOrDefault(m => string.Equals(m.Id, id, StringComparison.OrdinalIgnoreCase));

    private static MeasureDefinition Engagement(string label, string name, string subject, MeasureUnit unit) =>
        new(
            "engagement-" + label,
            name,
            subject,
            $"Metric {label} of the Community Engagement Strategic Plan: {name}.",
            "Not yet defined by the force: reporting starts with the January 2025 committee.",
            unit,
            DirectionOfGood.Neutral,
            MeasureFrequency.Quarterly,
            EngagementPlan,
            "City of London Police engagement records");

    // One row a measure (see Resources/README.md): the definition's fields, then the four quarters as printed.
    private static IReadOnlyList<MeasureSeries> BuildPolicingPlan()
    {
        using var reader = EmbeddedResources.Open(EmbeddedResources.PolicingPlanMeasures2023To24);
        _ = reader.ReadLine();
        var series = new List<MeasureSeries>();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var cells = line.Split('\t');
            var measure = new MeasureDefinition(
                cells[0], cells[1], cells[2], cells[3], cells[4],
                Enum.Parse<MeasureUnit>(cells[5]), Enum.Parse<DirectionOfGood>(cells[6]), MeasureFrequency.Quarterly, cells[7], cells[8],
                Target: Optional(cells[9]), Benchmark: Optional(cells[10]), BenchmarkText: cells[11].Length > 0 ? cells[11] : null);
            series.Add(Series(measure, cells[12..]));
        }

        return [.. series];
    }

    private static MeasureSeries Series(MeasureDefinition measure, params string[] printed) =>
        new(measure, printed.Select((text, i) => new QuarterlyObservation(PolicingPlanQuarters[i], ParsePrinted(text), text)));

    private static decimal? Optional(string text) =>
        text.Length > 0 ? decimal.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) : null;

    private static decimal ParsePrinted(string text) =>
        decimal.Parse(text.TrimEnd('%').Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
}
