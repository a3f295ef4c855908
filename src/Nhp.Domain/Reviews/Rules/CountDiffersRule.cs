using System.Globalization;
using Nhp.Findings;
using Nhp.Rules;

namespace Nhp.Reviews.Rules;

/// <summary>The number of recommendations listed differs from the number the paper printed.</summary>
internal sealed class CountDiffersRule() : Rule<ReviewRecommendations>(new RuleDescriptor(RecommendationRules.CountDiffers, RecommendationRules.Area, Severity.Warning, "Recommendations listed differ from the number printed",
    "Checks that the register lists as many recommendations as the paper says the review made. A register that lists none holds the shape only (the paper did not print them): that is a note. One that lists some but not all, or more, is a warning, because open and closed counts are then of part of the review."))
{
    public override IEnumerable<Finding> Check(ReviewRecommendations input)
    {
        if (input.PrintedCount is not { } printed || printed.Value == input.Recommendations.Count)
        {
            yield break;
        }

        var listed = input.Recommendations.Count;
        var message = string.Create(CultureInfo.InvariantCulture, $"The paper says the {input.Review} made {printed.Value} recommendations (\"{printed.Text}\"), but the register lists {listed}.");
        if (listed == 0)
        {
            yield return FoundAt(Severity.Info, input.Review, "recommendations", message + " The paper does not print them, so the register holds their number only; add them, with their pillar, owner and status, to track them.", printed.Location);
        }
        else
        {
            yield return Found(input.Review, "recommendations", message + " Open and closed counts are of the listed recommendations only.", printed.Location);
        }
    }
}
