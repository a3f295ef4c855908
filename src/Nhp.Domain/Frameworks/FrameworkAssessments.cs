using System.Text.Json.Serialization;
using NodaTime;

namespace Nhp.Frameworks;

/// <summary>
/// A framework, the scale it is rated on, the self-assessments made against it and the progress reported under its
/// pillars: the input of the
/// <c>framework-assessment</c> report and of <see cref="FrameworkRules"/>. Immutable.
/// </summary>
public sealed record FrameworkAssessments
{
    /// <summary>The framework assessed against.</summary>
    public required Framework Framework { get; init; }

    /// <summary>The rating scale; <see cref="RatingScale.Default"/> unless set.</summary>
    public RatingScale Scale { get => scale; init => scale = value ?? RatingScale.Default; }

    private readonly RatingScale scale = RatingScale.Default;

    /// <summary>The assessments, in any order.</summary>
    public IReadOnlyList<SelfAssessment> Assessments { get => assessments; init => assessments = value ?? []; }

    private readonly IReadOnlyList<SelfAssessment> assessments = [];

    /// <summary>Progress reported pillar by pillar (the highlights of a progress report), in the paper's order; empty when none.</summary>
    public IReadOnlyList<PillarProgress> Progress { get => progress; init => progress = value ?? []; }

    private readonly IReadOnlyList<PillarProgress> progress = [];

    /// <summary>The units assessed, in order of first appearance.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> Units => [.. Assessments.Select(a => a.Unit.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>Each unit's latest assessment on or before <paramref name="asOf"/> (or its latest of all when null), in unit order.</summary>
    /// <param name="asOf">The date, or null for the latest.</param>
    /// <returns>One assessment per unit that has one by then.</returns>
    public IReadOnlyList<SelfAssessment> Latest(LocalDate? asOf = null) =>
        [.. Units.Select(u => Assessments
                .Where(a => string.Equals(a.Unit.Trim(), u, StringComparison.OrdinalIgnoreCase) && (asOf is null || a.Date <= asOf))
                .OrderBy(a => a.Date)
                .LastOrDefault())
            .OfType<SelfAssessment>()];
}
