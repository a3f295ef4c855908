using Nhp.Findings;
using Nhp.Rules;

namespace Nhp.Frameworks.Rules;

/// <summary>A statement is rated above the lowest level with no evidence.</summary>
internal sealed class EvidenceMissingRule() : Rule<FrameworkAssessments>(new RuleDescriptor(FrameworkRules.EvidenceMissing, FrameworkRules.Area, Severity.Warning, "Rating without evidence",
    "Checks that every rating above the lowest level of the scale gives its evidence. A self-assessment is only as good as the evidence behind it."))
{
    public override IEnumerable<Finding> Check(FrameworkAssessments data) =>
        from assessment in data.Assessments
        from rating in assessment.Ratings
        where data.Scale.Rank(rating.Level) is > 0 && string.IsNullOrWhiteSpace(rating.Evidence)
        select Found(assessment.Label, rating.Statement, $"Statement {rating.Statement} is rated \"{rating.Level}\" with no evidence.");
}
