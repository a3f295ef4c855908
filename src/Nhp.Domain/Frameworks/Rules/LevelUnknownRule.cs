using Nhp.Findings;
using Nhp.Rules;

namespace Nhp.Frameworks.Rules;

/// <summary>A rating uses a level that is not on the scale.</summary>
internal sealed class LevelUnknownRule() : Rule<FrameworkAssessments>(new RuleDescriptor(FrameworkRules.LevelUnknown, FrameworkRules.Area, Severity.Error, "Level not on the scale",
    "Checks that every rating uses one of the scale's levels. A level that is not on the scale cannot be compared with other ratings."))
{
    public override IEnumerable<Finding> Check(FrameworkAssessments data) =>
        from assessment in data.Assessments
        from rating in assessment.Ratings
        where data.Scale.Rank(rating.Level) is null
        select Found(assessment.Label, rating.Statement, $"\"{rating.Level}\" is not a level of the scale; use one of {string.Join(", ", data.Scale.Levels)}.");
}
