namespace Nhp.Datasets;

/// <summary>
/// Everything one force reports to its committees at one time: the input of <c>nhp report</c>, which renders every
/// report the library knows from it. A dataset package (such as <c>Nhp.Datasets.CityOfLondon</c>) supplies a force's;
/// <see cref="Load"/> reads one from a dataset folder and <see cref="Save"/> writes one (see <see cref="DatasetFolder"/>).
/// Immutable: derive a changed dataset with a <c>with</c> expression.
/// </summary>
/// <remarks>
/// <para>
/// Building one in code needs only <see cref="Name"/> (the one required member):
/// <c>new NhpDataset { Name = "Anyshire Police, May 2025", DeliveryPlan = plan }</c>. Every other member is optional:
/// <see cref="Sources"/> defaults to none and each part to null.
/// </para>
/// <para>
/// Each capability adds its part as a property; a part that a force does not keep may be empty, and reports that need
/// it say so instead of failing. Equality compares the members as records do: parts by their own equality.
/// </para>
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

    /// <summary>The documents the data was taken from, in the order they are cited; empty (the default) when none are named.</summary>
    public IReadOnlyList<SourceDocument> Sources { get; init; } = [];

    /// <summary>
    /// The date the dataset speaks for as a whole, usually the date of the committee meeting its papers went to, or
    /// null when it does not say. Each part keeps its own date as well (a plan's latest update month, engagement
    /// data's as-at date); reports judge by those unless told otherwise.
    /// </summary>
    public NodaTime.LocalDate? AsOf { get; init; }

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

    /// <summary>The force's register of problem-solving plans (SARA/OSARA), or null when the dataset has none.</summary>
    public ProblemSolving.ProblemSolvingRegister? ProblemSolving { get; init; }

    /// <summary>A strategy framework (such as the four pillars) with its self-assessments, or null when the dataset has none.</summary>
    public Frameworks.FrameworkAssessments? Framework { get; init; }

    /// <summary>How the force organises neighbourhood policing (sectors, clusters, teams, staffing), or null when the dataset has none.</summary>
    public Policing.PolicingModel? PolicingModel { get; init; }
    /// <summary>
    /// Reads a dataset folder (or its manifest, <c>nhp-dataset.json</c>): see <see cref="DatasetFolder.Read(string)"/>.
    /// A part the folder lacks is null; a part that cannot be read is null with error findings naming its file and line.
    /// </summary>
    /// <param name="path">The folder, or the path of its manifest.</param>
    /// <returns>The dataset (none when the manifest could not be used) and every finding made while reading.</returns>
    /// <exception cref="NhpInputException">The folder or its manifest does not exist, or the manifest is not a dataset manifest.</exception>
    public static Importing.ImportResult<NhpDataset> Load(string path) => DatasetFolder.Read(path);

    /// <summary>Writes this dataset as a dataset folder: see <see cref="DatasetFolder.Write(NhpDataset, string)"/>.</summary>
    /// <param name="directory">The folder to write; created if missing. Other files in it are left alone.</param>
    /// <returns>The files written, manifest first, as full paths.</returns>
    public IReadOnlyList<string> Save(string directory) => DatasetFolder.Write(this, directory);
    /// <summary>
    /// Governance registers: inspection actions and areas for improvement, outstanding references, tables with totals
    /// and workforce diversity; null when the dataset has none.
    /// </summary>
    public Governance.GovernanceData? Governance { get; init; }

    /// <summary>A review's recommendations with their pillar, owner and status, or null when the dataset has none.</summary>
    public Reviews.ReviewRecommendations? Recommendations { get; init; }
}
