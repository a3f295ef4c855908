using Nhp.Delivery;
using Nhp.Engagement;
using Nhp.Metrics;

namespace Nhp.Datasets.CityOfLondon;

/// <summary>
/// The City of London Police dataset: its papers to the Strategic Planning and Performance Committee of February 2024
/// and its November 2024 community engagement paper, embedded in this package, and the City's places and panel model
/// they use. Every member is built once on first use and is safe to share between threads.
/// </summary>
public static class CityOfLondonDataset
{
    /// <summary>The force's name as the reports print it: <c>City of London Police</c>.</summary>
    public const string Force = "City of London Police";

    /// <summary>
    /// The papers to the Strategic Planning and Performance Committee of 22 February 2024 (the delivery plan as at
    /// January 2024, the Q3 2023/24 Policing Plan performance with police.uk monthly context, the crime data integrity
    /// review) and the November 2024 community engagement paper (cluster panels and engagement events), with
    /// <see cref="NhpDataset.Force"/> set to <see cref="Force"/>. Loaded once, on first use; safe to share between
    /// threads.
    /// </summary>
    /// <exception cref="InvalidOperationException">An embedded file is missing or does not import cleanly (a packaging fault).</exception>
    public static NhpDataset February2024 => DefaultDataset.Instance;

    /// <summary>
    /// The four objectives of the City of London Police Neighbourhood Policing and Engagement Strategy (2023), as its
    /// delivery plan headings give them: pass them as <see cref="PlanImportOptions.KnownObjectives"/> to repair the
    /// objective headings of this force's plan exports.
    /// </summary>
    public static IReadOnlyList<Objective> StrategyObjectives2023 => DefaultDataset.Objectives;

    /// <summary>The Policing Plan measures of the "Q3 Policing Plan Performance 2023-24" paper with their four quarters as printed.</summary>
    public static PerformanceSet PolicingPlanQ3 => MeasureCatalogue.PolicingPlanQ3;

    /// <summary>The 25 wards of the City of London, with the Common Councillors each elects and whether it is residential.</summary>
    public static IReadOnlyList<Ward> Wards => WardsLazy.Value;

    private static readonly Lazy<IReadOnlyList<Ward>> WardsLazy = new(CityOfLondonEngagement.Wards, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The six police clusters, as the papers name them: Bank, Barbican, Fleet Street, Fenchurch Street, Liverpool Street, Monument.</summary>
    public static IReadOnlyList<string> ClusterNames => CityOfLondonEngagement.ClusterNames;

    /// <summary>
    /// The cluster panel model launched in November 2024: two meetings per cluster a year, the City of London
    /// Corporation (Environment, and Community &amp; Children's Services) invited to all and committed to six, two
    /// City-wide business meetings a year from 2025, the pilot ending in December 2025.
    /// </summary>
    public static PanelModel PanelModel2024 => CityOfLondonEngagement.Model2024;

    /// <summary>
    /// The Community Engagement Strategic Plan (City of London Police and Corporation, approved October 2024): its
    /// metrics a–j (ids <c>engagement-a</c> to <c>engagement-j</c>, definitions only: direction neutral, no values),
    /// outcomes a–d, and what it monitors without measuring.
    /// </summary>
    public static EngagementMetrics EngagementMetrics2024 => CityOfLondonEngagement.StrategicPlanMetrics;

    /// <summary>
    /// The cluster panels and engagement of November 2024: the places (<see cref="Wards"/>, the East and West sectors,
    /// the clusters of <see cref="ClusterNames"/>), <see cref="PanelModel2024"/>, the six meetings of the November 2024
    /// cycle, the 23 police-led engagement events, and <see cref="EngagementMetrics2024"/>. The same instance as the
    /// <see cref="NhpDataset.Engagement"/> of <see cref="February2024"/>.
    /// </summary>
    public static EngagementData EngagementNovember2024 => February2024.Engagement!;

    /// <summary>
    /// The Sector Policing Model as the Police Authority Board paper of 22 June 2021 ("CoLP Sector Policing Model -
    /// initial successes and challenges", Pol 36-21) describes it: the command, East and West sectors, 12 Dedicated
    /// Ward Officers, the Partnership and Prevention Hub with its five thematic areas, the taskable teams, PCSOs at 4
    /// against an establishment of 5, results since October 2020, the peer review, successes and challenges as written.
    /// The paper's cluster schematic is an image, so clusters and their wards are not named.
    /// </summary>
    public static Nhp.Policing.PolicingModel SectorPolicingModel2021 => SectorModel.Instance;
}
