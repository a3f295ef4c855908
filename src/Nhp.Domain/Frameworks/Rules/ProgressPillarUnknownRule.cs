using Nhp.Findings;
using Nhp.Rules;

namespace Nhp.Frameworks.Rules;

/// <summary>Progress is reported under a pillar the framework does not have.</summary>
internal sealed class ProgressPillarUnknownRule() : Rule<FrameworkAssessments>(new RuleDescriptor(FrameworkRules.ProgressPillarUnknown, FrameworkRules.Area, Severity.Warning, "Progress under an unknown pillar",
    "Checks that every item of progress is reported under one of the framework's pillars (compared ignoring case). Progress under a misspelt or retired pillar is shown apart from the pillars it should count towards."))
{
    public override IEnumerable<Finding> Check(FrameworkAssessments input)
    {
        var pillars = input.Framework.Pillars.Select(p => p.Name.Trim()).ToList();
        foreach (var item in input.Progress.Where(p => !pillars.Contains(p.Pillar.Trim(), StringComparer.OrdinalIgnoreCase)))
        {
            yield return Found(item.Pillar, "pillar", $"Progress is reported under \"{item.Pillar.Trim()}\", which is not a pillar of the {input.Framework.Name}; its pillars are {string.Join(", ", pillars)}.");
        }
    }
}
