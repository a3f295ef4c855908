using Nhp.Findings;
using Nhp.Rules;

namespace Nhp.Committees.Rules;

internal sealed class RecommendationMissingRule() : Rule<PaperCheck>(new RuleDescriptor(PaperRules.RecommendationMissing, PaperRules.Area, Severity.Error, "Paper has no recommendation",
    "Checks that a paper says what members are asked to do (\"Members are asked to note the report.\"). A paper without a recommendation cannot be resolved on and is sent back."))
{
    public override IEnumerable<Finding> Check(PaperCheck input)
    {
        if (input.Paper.Recommendations.All(string.IsNullOrWhiteSpace))
        {
            yield return Found(input.Paper.Title, PaperCheck.RecommendationField,
                $"The paper '{input.Paper.Title}' has no recommendation: say what members are asked to do, for example \"Members are asked to note the report.\"",
                input.LocationOf(PaperCheck.RecommendationField));
        }
    }
}
