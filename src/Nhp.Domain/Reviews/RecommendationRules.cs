using Nhp.Findings;
using Nhp.Frameworks;
using Nhp.Governance;
using Nhp.Reviews.Rules;
using Nhp.Rules;

namespace Nhp.Reviews;

/// <summary>
/// The checks on a review's recommendations: their stable ids, <see cref="Default"/> (the number listed against the
/// number printed, recommendations with no pillar) and <see cref="Framework"/> (pillars the framework does not have).
/// <see cref="Check(ReviewRecommendations)"/> also runs the inspection action checks
/// (<see cref="GovernanceRules.Actions"/>) on <see cref="ReviewRecommendations.AsActions"/>, whose findings keep their
/// <c>governance.actions.*</c> ids. Pure and thread-safe.
/// </summary>
public static class RecommendationRules
{
    /// <summary>The area of the recommendation rules' descriptors.</summary>
    public const string Area = "recommendations";

    /// <summary>Warning (a note when none are listed): the number of recommendations listed differs from the number the paper printed.</summary>
    public const string CountDiffers = "recommendations.count.differs";

    /// <summary>Info: a recommendation names no pillar, so progress by pillar cannot count it.</summary>
    public const string PillarMissing = "recommendations.pillar.missing";

    /// <summary>Warning: a recommendation names a pillar the framework does not have.</summary>
    public const string PillarUnknown = "recommendations.pillar.unknown";

    /// <summary>The checks on a register, in the order they run.</summary>
    public static RuleSet<ReviewRecommendations> Default { get; } = new("recommendation checks", [new CountDiffersRule(), new PillarMissingRule()]);

    /// <summary>The check of a register's pillars against a framework.</summary>
    public static RuleSet<RecommendationsAgainstFramework> Framework { get; } = new("recommendations against the framework", [new PillarUnknownRule()]);

    /// <summary>Runs <see cref="Default"/> and the inspection action checks on the register.</summary>
    /// <param name="register">The register.</param>
    /// <returns>The findings, most severe first, then in rule order.</returns>
    public static IReadOnlyList<Finding> Check(ReviewRecommendations register)
    {
        ArgumentNullException.ThrowIfNull(register);
        return [.. Default.Check(register).Concat(GovernanceRules.CheckActions(register.AsActions())).OrderByDescending(f => f.Severity)];
    }

    /// <summary>Checks that the register's pillars are <paramref name="framework"/>'s.</summary>
    /// <param name="register">The register.</param>
    /// <param name="framework">The framework.</param>
    /// <returns>The findings; empty when every pillar named is the framework's.</returns>
    public static IReadOnlyList<Finding> Check(ReviewRecommendations register, Framework framework) =>
        Framework.Check(new RecommendationsAgainstFramework(register, framework));
}
