using Nhp.Frameworks;
using Nhp.Reviews;
using NodaTime;

namespace Nhp.Datasets.ThamesValley;

/// <summary>
/// The Thames Valley Police dataset: the Neighbourhood Policing Review update reported to the Police and Crime Panel
/// on 17 June 2016, embedded in this package. Every member is read once, on first use, with the library's public
/// readers, and is safe to share between threads.
/// </summary>
public static class ThamesValleyDataset
{
    /// <summary>The force's name as the reports print it: <c>Thames Valley Police</c>.</summary>
    public const string Force = "Thames Valley Police";

    /// <summary>The report the data is taken from: "Neighbourhood Policing Review Update", Police and Crime Panel, 17 June 2016.</summary>
    public static SourceDocument Report { get; } = new("Neighbourhood Policing Review Update", "Police and Crime Panel", new LocalDate(2016, 6, 17));

    private static readonly Lazy<FrameworkAssessments> FourPillarsLazy = new(
        () => Read(EmbeddedResources.FourPillars2016, (reader, source) => FrameworkJson.Read(reader, source)), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<ReviewRecommendations> RecommendationsLazy = new(
        () => Read(EmbeddedResources.ReviewRecommendations2016, (reader, source) => ReviewRecommendationsJson.Read(reader, source)), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<NhpDataset> DatasetLazy = new(
        () => new NhpDataset
        {
            Name = "Thames Valley Police, June 2016",
            Force = Force,
            AsOf = new LocalDate(2016, 6, 17),
            Sources = [Report],
            Framework = FourPillars2016,
            Recommendations = ReviewRecommendations2016,
        },
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The four pillars of the force's neighbourhood policing strategy (Visibility, Engagement, Problem Solving and
    /// Community Resilience) with their purposes as printed, the statements of <see cref="KnownFrameworks.FourPillars"/>
    /// (the report's LPA self-assessment checklist is not printed), and the highlights of progress the report gives
    /// under each pillar, verbatim, as at 17 June 2016. No unit is assessed: the report gives no ratings.
    /// </summary>
    /// <exception cref="InvalidOperationException">The embedded file is missing or does not import cleanly (a packaging fault).</exception>
    public static FrameworkAssessments FourPillars2016 => FourPillarsLazy.Value;

    /// <summary>
    /// The Neighbourhood Policing Review's recommendations as the report gives them: 31 recommendations, signed off by
    /// the Chief Officers in April 2015, as at 17 June 2016. The report prints their number but not the
    /// recommendations, so the register lists none: its checks note the difference, and a force's own tracker
    /// supplies the items.
    /// </summary>
    /// <exception cref="InvalidOperationException">The embedded file is missing or does not import cleanly (a packaging fault).</exception>
    public static ReviewRecommendations ReviewRecommendations2016 => RecommendationsLazy.Value;

    /// <summary>
    /// The report of 17 June 2016 as a dataset: <see cref="FourPillars2016"/> as its framework and
    /// <see cref="ReviewRecommendations2016"/> as its recommendations, with <see cref="NhpDataset.Force"/> set to
    /// <see cref="Force"/> and <see cref="NhpDataset.AsOf"/> to 17 June 2016. The reports render it.
    /// </summary>
    /// <exception cref="InvalidOperationException">An embedded file is missing or does not import cleanly (a packaging fault).</exception>
    public static NhpDataset June2016 => DatasetLazy.Value;

    private static T Read<T>(string name, Func<TextReader, string, Importing.ImportResult<T>> read)
        where T : class
    {
        using var reader = EmbeddedResources.Open(name);
        return EmbeddedResources.Cleanly(read(reader, name));
    }
}
