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
    private const string SafePriority = "Keep those who live, work and visit the City safe and feeling safe";
    private const string CyberPriority = "Protect the UK from the threat of economic and cybercrime";
    private const string VictimPriority = "Put the victim at the heart of everything we do";
    private const string EngagementPlan = "Community Engagement Strategic Plan";
    private const string Crime = "City of London Police crime records (Home Office Counting Rules)";

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

    private static IReadOnlyList<MeasureSeries> BuildPolicingPlan() =>
    [
        Series(
            new MeasureDefinition(
                "neighbourhood-crime", "Reduce Neighbourhood Crime", "Neighbourhood crime",
                "Neighbourhood crime as defined nationally.",
                "Recorded crimes of the types burglary residential, robbery personal, vehicle crime and theft from the person, counted per quarter.",
                MeasureUnit.Count, DirectionOfGood.Lower, MeasureFrequency.Quarterly, SafePriority, Crime),
            "413", "428", "371", "409"),
        Series(
            new MeasureDefinition(
                "violent-crime", "Reduce Violent Crime", "Violent crime",
                "Recorded violent crime, including violence without injury, violence with injury and rape.",
                "Recorded violence against the person and sexual offences, counted per quarter.",
                MeasureUnit.Count, DirectionOfGood.Lower, MeasureFrequency.Quarterly, SafePriority, Crime),
            "357", "353", "368", "447"),
        Series(
            new MeasureDefinition(
                "vawg", "Reduce Violence Against Women and Girls (VAWG)", "Violence against women and girls",
                "Recorded crimes of violence against women and girls, including rape and other sexual offences.",
                "Recorded VAWG-flagged crimes, counted per quarter.",
                MeasureUnit.Count, DirectionOfGood.Lower, MeasureFrequency.Quarterly, SafePriority, Crime),
            "148", "148", "152", "159"),
        Series(
            new MeasureDefinition(
                "positive-outcome-rate", "City of London Police positive outcome rate remains above the national average", "The positive outcome rate",
                "The share of recorded crime that received a positive outcome: Home Office Counting Rules outcome codes 1-4 and 6-8 (charge/summons, out of court disposals, taken into consideration).",
                "Positive outcomes recorded in the period divided by crimes recorded in the period, as a percentage.",
                MeasureUnit.Percentage, DirectionOfGood.Higher, MeasureFrequency.Quarterly, SafePriority, Crime,
                Benchmark: 11.3m, BenchmarkText: "national positive outcome rate for published data to April 2023"),
            "17%", "18%", "21%", "21%"),
        Series(
            new MeasureDefinition(
                "positive-outcome-volume", "City of London Police positive outcome volume", "The number of positive outcomes",
                "Positive outcomes recorded: Home Office Counting Rules outcome codes 1-4 and 6-8.",
                "Positive outcomes recorded in the period.",
                MeasureUnit.Count, DirectionOfGood.Higher, MeasureFrequency.Quarterly, SafePriority, Crime),
            "1323", "1413", "1586", "1816"),
        Series(
            new MeasureDefinition(
                "asb", "Reduce Anti-social Behaviour (ASB) incidents", "Anti-social behaviour",
                "Anti-social behaviour incidents reported to City of London Police.",
                "ASB incidents recorded, counted per quarter.",
                MeasureUnit.Count, DirectionOfGood.Lower, MeasureFrequency.Quarterly, SafePriority, "City of London Police incident records"),
            "269", "263", "295", "295"),
        Series(
            new MeasureDefinition(
                "fraud-judicial-outcomes", "Increase the number of positive outcomes recorded in relation to fraud nationally", "National fraud judicial outcomes",
                "Judicial outcomes recorded by forces nationally for fraud disseminated by the National Fraud Intelligence Bureau.",
                "Judicial outcomes reported in the period; outcomes can relate to disseminations from any time.",
                MeasureUnit.Count, DirectionOfGood.Higher, MeasureFrequency.Quarterly, CyberPriority, "National Fraud Intelligence Bureau"),
            "1,101", "1,562", "1,614", "1,196"),
        Series(
            new MeasureDefinition(
                "ecca-delegates", "Law enforcement capabilities to tackle economic and cybercrime developed through training & accreditation", "Economic and Cyber Crime Academy delegate numbers",
                "Delegates trained by the Economic and Cyber Crime Academy (ECCA).",
                "Delegates attending ECCA courses in the period.",
                MeasureUnit.Count, DirectionOfGood.Higher, MeasureFrequency.Quarterly, CyberPriority, "Economic and Cyber Crime Academy"),
            "545", "272", "129", "207"),
        Series(
            new MeasureDefinition(
                "action-fraud-telephone-satisfaction", "To maintain the percentage of survey respondents who are satisfied with the Action Fraud reporting service (telephone)", "Action Fraud telephone satisfaction",
                "Survey respondents satisfied with the Action Fraud contact centre voice channel.",
                "Satisfied respondents divided by respondents, as a percentage.",
                MeasureUnit.Percentage, DirectionOfGood.Higher, MeasureFrequency.Quarterly, VictimPriority, "Action Fraud satisfaction survey",
                Target: 95m),
            "95%", "95.5%", "96%", "96%"),
        Series(
            new MeasureDefinition(
                "action-fraud-online-satisfaction", "To maintain the percentage of survey respondents who are satisfied with the Action Fraud reporting service (online)", "Action Fraud online satisfaction",
                "Survey respondents satisfied with the Action Fraud online reporting tool.",
                "Satisfied respondents divided by respondents, as a percentage.",
                MeasureUnit.Percentage, DirectionOfGood.Higher, MeasureFrequency.Quarterly, VictimPriority, "Action Fraud satisfaction survey",
                Target: 85m),
            "81%", "82%", "83%", "86%"),
    ];

    private static MeasureSeries Series(MeasureDefinition measure, params string[] printed) =>
        new(measure, printed.Select((text, i) => new QuarterlyObservation(PolicingPlanQuarters[i], ParsePrinted(text), text)));

    private static decimal ParsePrinted(string text) =>
        decimal.Parse(text.TrimEnd('%').Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
}
