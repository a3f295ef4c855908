using Nhp.Frameworks;

namespace Nhp.Reviews;

/// <summary>A register of recommendations to be checked against the framework whose pillars they name. Immutable.</summary>
/// <param name="Recommendations">The register.</param>
/// <param name="Framework">The framework: its pillars are the reference.</param>
public sealed record RecommendationsAgainstFramework(ReviewRecommendations Recommendations, Framework Framework);
