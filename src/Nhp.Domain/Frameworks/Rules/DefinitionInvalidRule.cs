using Nhp.Findings;
using Nhp.Rules;

namespace Nhp.Frameworks.Rules;

/// <summary>The framework or its scale is not well formed.</summary>
internal sealed class DefinitionInvalidRule() : Rule<FrameworkAssessments>(new RuleDescriptor(FrameworkRules.DefinitionInvalid, FrameworkRules.Area, Severity.Error, "Framework not well formed",
    "Checks that the framework has at least one pillar, that every pillar has a name and at least one statement, that statement ids are unique across the framework, and that the rating scale has at least two distinct levels. Assessments cannot be read against a framework that fails these."))
{
    public override IEnumerable<Finding> Check(FrameworkAssessments data)
    {
        var framework = data.Framework;
        if (framework.Pillars.Count == 0)
        {
            yield return Found(framework.Name, "pillars", "The framework has no pillars.");
        }

        foreach (var pillar in framework.Pillars)
        {
            if (string.IsNullOrWhiteSpace(pillar.Name))
            {
                yield return Found(framework.Name, "pillars", "A pillar has no name.");
            }
            else if (pillar.Statements.Count == 0)
            {
                yield return Found(pillar.Name, "statements", $"The pillar {pillar.Name} has no statements to assess.");
            }
        }

        foreach (var repeated in framework.Statements.GroupBy(x => x.Statement.Id.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            yield return Found(repeated.Key, "id", $"The statement id {repeated.Key} is used {repeated.Count()} times; ids must be unique so ratings can name one statement.");
        }

        var levels = data.Scale.Levels.Select(l => l.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        if (levels < 2 || levels != data.Scale.Levels.Count)
        {
            yield return Found("scale", "levels", $"The rating scale must have at least two distinct levels, lowest first; it has {string.Join(", ", data.Scale.Levels.Select(l => $"\"{l}\""))}.");
        }
    }
}
