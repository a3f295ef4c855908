namespace Nhp.Rules;

/// <summary>
/// Every rule Nhp ships, as descriptors: validation, RAG rules, import diagnostics, crime data integrity and
/// engagement. This is what <c>nhp rules list</c> prints and what <c>docs/rules.md</c> is generated from.
/// </summary>
/// <remarks>Ids are unique across the catalog. Rules a caller writes are not listed here; their rule sets list them.</remarks>
public static class RuleCatalog
{
    private static readonly Lazy<IReadOnlyList<RuleDescriptor>> Lazy = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Every built-in rule, ordered by area and then id.</summary>
    public static IReadOnlyList<RuleDescriptor> All => Lazy.Value;

    /// <summary>The built-in rule with id <paramref name="ruleId"/>, or null when there is none.</summary>
    /// <param name="ruleId">The id, as printed (case-sensitive).</param>
    /// <returns>The descriptor or null.</returns>
    public static RuleDescriptor? Find(string ruleId) =>
        All.FirstOrDefault(d => string.Equals(d.Id, ruleId, StringComparison.Ordinal));

    /// <summary>
    /// The descriptors of the import diagnostics (findings made by the importers), one entry per area; empty until
    /// the importers describe their diagnostics.
    /// </summary>
    internal static IEnumerable<RuleDescriptor> ImportDescriptors =>
    [
        .. Delivery.PlanImportRules.All,
        .. Integrity.CdiImportRules.All,
        .. Engagement.EngagementImportRules.All,
        .. PoliceUk.PoliceUkImportRules.All,
        .. ProblemSolving.ProblemSolvingImportRules.All,
        .. Frameworks.FrameworkImportRules.All,
        .. Policing.PolicingModelImportRules.All,
        .. Metrics.PerformanceImportRules.All,
        .. Committees.PaperImportRules.All,
        .. Datasets.DatasetImportRules.All,
        .. Governance.GovernanceImportRules.All,
        .. Reviews.RecommendationImportRules.All,
    ];

    private static IReadOnlyList<RuleDescriptor> Build()
    {
        // Each part of the domain contributes its rule sets' descriptors and the descriptors of the findings its
        // importers and analyses make (one line per area).
        RuleDescriptor[] list =
        [
            .. Delivery.PlanRules.Default.Descriptors,
            .. Rag.RagPolicy.Default.RuleSet.Descriptors,
            .. Integrity.CdiRules.Default.Descriptors,
            .. Integrity.CdiRules.AnalysisDescriptors,
            .. Engagement.EngagementRules.Default.Descriptors,
            .. Metrics.PerformanceRules.Default.Descriptors,
            .. ProblemSolving.ProblemSolvingRules.Default.Descriptors,
            .. Frameworks.FrameworkRules.Default.Descriptors,
            .. Policing.PolicingModelRules.Default.Descriptors,
            .. Policing.PolicingModelRules.Engagement.Descriptors,
            .. Committees.PaperRules.Default.Descriptors,
            .. Committees.PackRules.Default.Descriptors,
            .. Governance.GovernanceRules.Descriptors,
            .. Reviews.RecommendationRules.Default.Descriptors,
            .. Reviews.RecommendationRules.Framework.Descriptors,
            .. ImportDescriptors,
        ];
        var duplicate = list.GroupBy(d => d.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two built-in rules have the id '{duplicate.Key}'.");
        }

        return [.. list.OrderBy(d => d.Area, StringComparer.Ordinal).ThenBy(d => d.Id, StringComparer.Ordinal)];
    }
}
