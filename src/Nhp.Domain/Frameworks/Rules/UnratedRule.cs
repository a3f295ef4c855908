using Nhp.Findings;
using Nhp.Rules;

namespace Nhp.Frameworks.Rules;

/// <summary>An assessment leaves statements of the framework unrated.</summary>
internal sealed class UnratedRule() : Rule<FrameworkAssessments>(new RuleDescriptor(FrameworkRules.Unrated, FrameworkRules.Area, Severity.Info, "Statements not rated",
    "Lists, for each assessment, the framework statements it does not rate. A partial assessment is allowed, but the grid shows the gaps."))
{
    public override IEnumerable<Finding> Check(FrameworkAssessments data)
    {
        foreach (var assessment in data.Assessments)
        {
            var missing = data.Framework.Statements.Select(x => x.Statement.Id).Where(id => assessment.RatingOf(id) is null).ToList();
            if (missing.Count > 0)
            {
                yield return Found(assessment.Label, "ratings", $"{missing.Count} of {data.Framework.Statements.Count()} statements are not rated: {string.Join(", ", missing)}.");
            }
        }
    }
}
