namespace Nhp.Datasets;

/// <summary>
/// Everything one force reports to its committees at one time: the input of <c>nhp report</c>, which renders every
/// report the library knows from it. A dataset package (such as <c>Nhp.Datasets.CityOfLondon</c>) supplies a force's. Immutable: derive a changed dataset with a <c>with</c> expression.
/// </summary>
/// <remarks>
/// Each capability adds its part as a property; a part that a force does not keep may be empty, and reports that need
/// it say so instead of failing.
/// </remarks>
public sealed record NhpDataset
{
    /// <summary>A short name for the dataset: the force and the date of its papers, e.g. <c>Anyshire Police, February 2024</c>.</summary>
    public required string Name { get; init; }

    /// <summary>
    /// The name of the force the data is about, as reports name it (e.g. <c>Anyshire Police</c>), or null when the
    /// dataset does not say; reports then speak of "the force".
    /// </summary>
    public string? Force { get; init; }

    /// <summary>The documents the data was taken from, in the order they are cited.</summary>
    public required IReadOnlyList<SourceDocument> Sources { get; init; }

    /// <summary>The strategy delivery plan with its objectives, deliverables and status updates, or null when the dataset has none.</summary>
    public Delivery.DeliveryPlan? DeliveryPlan { get; init; }

    /// <summary>The force's latest crime data integrity review, or null when the dataset has none.</summary>
    public Nhp.Integrity.CdiReview? CrimeDataIntegrity { get; init; }

    /// <summary>
    /// The Policing Plan performance measures and the quarter they report on (the <c>performance</c> report), or null
    /// when the dataset has none.
    /// </summary>
    public Metrics.PerformanceSet? Performance { get; init; }

    /// <summary>
    /// Cluster panels and community engagement: places, panel model, meetings, events and metric values; null when
    /// the force keeps none.
    /// </summary>
    public Engagement.EngagementData? Engagement { get; init; }

    /// <summary>
    /// Governance registers: inspection actions and areas for improvement, outstanding references, tables with totals
    /// and workforce diversity; null when the dataset has none.
    /// </summary>
    public Governance.GovernanceData? Governance { get; init; }
}
