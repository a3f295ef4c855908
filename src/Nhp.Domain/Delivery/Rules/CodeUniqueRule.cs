using Nhp.Findings;
using Nhp.Rules;

namespace Nhp.Delivery.Rules;

internal sealed class CodeUniqueRule() : Rule<PlanCheck>(new RuleDescriptor(PlanRules.CodeUnique, PlanRules.Area, Severity.Error, "Deliverable code repeated",
    "Checks that no two deliverables share a code. Committee members refer to deliverables by code, and changes between papers are tracked by it, so each code must name one deliverable."))
{
    public override IEnumerable<Finding> Check(PlanCheck input)
    {
        var first = new Dictionary<DeliverableCode, Deliverable>();
        foreach (var deliverable in input.Plan.Objectives.SelectMany(o => o.Deliverables))
        {
            var code = deliverable.Code;
            if (first.TryGetValue(code, out var earlier))
            {
                var where = input.LocationOf(earlier) is { } l ? $" (first at {l})" : string.Empty;
                yield return Found(code.ToString(), "code",
                    $"Deliverable {code} appears more than once{where}; each deliverable must have its own code.", input.LocationOf(deliverable));
            }
            else
            {
                first.Add(code, deliverable);
            }
        }
    }
}
