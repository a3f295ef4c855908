using System.Globalization;
using Nhp.Findings;
using Nhp.Rules;

namespace Nhp.Policing.Rules;

/// <summary>An activity result has a negative count or a period that ends before it starts.</summary>
internal sealed class ResultInvalidRule() : Rule<PolicingModel>(new RuleDescriptor(PolicingModelRules.ResultInvalid, PolicingModelRules.Area, Severity.Error, "Activity result not well formed",
    "Checks that every activity result has a count of zero or more and a period that starts on or before the date it is correct at. Staffing figures must not be negative either."))
{
    public override IEnumerable<Finding> Check(PolicingModel model)
    {
        foreach (var result in model.Results)
        {
            if (result.Count < 0)
            {
                yield return Found(result.Label, "count", string.Create(CultureInfo.InvariantCulture, $"The count is {result.Count}; a count cannot be negative."));
            }

            if (result.Since is { } since && since > result.AsOf)
            {
                yield return Found(result.Label, "since", $"The period starts on {Text.Wording.Date(since)}, after the date the count is correct at ({Text.Wording.Date(result.AsOf)}).");
            }
        }

        foreach (var unit in model.Units)
        {
            foreach (var role in unit.Staffing.Where(r => r.Establishment < 0 || r.Strength < 0))
            {
                yield return Found(unit.Name, role.Role, "Establishment and strength cannot be negative.");
            }
        }
    }
}
