using Nhp.Findings;
using Nhp.Frameworks.Rules;
using Nhp.Rules;

namespace Nhp.Frameworks;

/// <summary>
/// The checks on a framework and its self-assessments: their stable ids and <see cref="Default"/>, the rule set that
/// runs them (a framework or scale that is not well formed, ratings of unknown statements or at unknown levels,
/// ratings above the lowest level with no evidence, statements left unrated, progress under a pillar the framework
/// does not have). Pure and thread-safe.
/// </summary>
public static class FrameworkRules
{
    /// <summary>The area of the framework rules' descriptors.</summary>
    public const string Area = "framework";

    /// <summary>Error: the framework has no pillars, a pillar has no name or statements, statement ids repeat, or the scale has fewer than two distinct levels.</summary>
    public const string DefinitionInvalid = "framework.definition.invalid";

    /// <summary>Error: a rating names a statement the framework does not have, or rates one twice.</summary>
    public const string StatementUnknown = "framework.assessment.statement-unknown";

    /// <summary>Error: a rating uses a level that is not on the scale.</summary>
    public const string LevelUnknown = "framework.assessment.level-unknown";

    /// <summary>Warning: a statement is rated above the lowest level with no evidence.</summary>
    public const string EvidenceMissing = "framework.assessment.evidence-missing";

    /// <summary>Info: an assessment leaves statements of the framework unrated.</summary>
    public const string Unrated = "framework.assessment.unrated";

    /// <summary>Warning: progress is reported under a pillar the framework does not have.</summary>
    public const string ProgressPillarUnknown = "framework.progress.pillar-unknown";

    /// <summary>Every framework rule, in the order they run.</summary>
    public static RuleSet<FrameworkAssessments> Default { get; } = new(
        "framework checks",
        [
            new DefinitionInvalidRule(),
            new StatementUnknownRule(),
            new LevelUnknownRule(),
            new EvidenceMissingRule(),
            new UnratedRule(),
            new ProgressPillarUnknownRule(),
        ]);

    /// <summary>Runs every rule of <see cref="Default"/>.</summary>
    /// <param name="data">The framework and assessments to check.</param>
    /// <returns>The findings, rule by rule, then in data order; empty when all is well.</returns>
    public static IReadOnlyList<Finding> Check(FrameworkAssessments data) => Default.Check(data);
}
