using Nhp.Findings;
using Nhp.Rules;

namespace Nhp.Frameworks.Rules;

/// <summary>A rating names a statement the framework does not have, or rates a statement twice.</summary>
internal sealed class StatementUnknownRule() : Rule<FrameworkAssessments>(new RuleDescriptor(FrameworkRules.StatementUnknown, FrameworkRules.Area, Severity.Error, "Rating of an unknown statement",
    "Checks that every rating names a statement of the framework by its id, and rates it once. A rating of a statement the framework does not have is not shown in the grid."))
{
    public override IEnumerable<Finding> Check(FrameworkAssessments data)
    {
        foreach (var assessment in data.Assessments)
        {
            foreach (var rating in assessment.Ratings.Where(r => data.Framework.FindStatement(r.Statement) is null))
            {
                yield return Found(assessment.Label, rating.Statement, $"The assessment rates statement \"{rating.Statement}\", which {data.Framework.Name} does not have.");
            }

            foreach (var twice in assessment.Ratings.GroupBy(r => r.Statement.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            {
                yield return Found(assessment.Label, twice.Key, $"The assessment rates statement {twice.Key} {twice.Count()} times; the last rating is used.");
            }
        }
    }
}
