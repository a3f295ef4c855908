using Nhp.Findings;
using Nhp.Governance.Inspections;
using Nhp.Rules;
using static Nhp.Governance.Rules.GovernanceRuleText;

namespace Nhp.Governance.Rules;

internal sealed class ActionSplitDoesNotAddUpRule() : Rule<InspectionActionsUpdate>(new RuleDescriptor(GovernanceRules.ActionSplitDoesNotAddUp, GovernanceRules.Area, Severity.Warning, "Printed split does not add up",
    "Checks that each printed split of the open actions (historic and new; force-specific and national) adds up to the printed number open. A split that does not add up leaves some actions in neither part."))
{
    public override IEnumerable<Finding> Check(InspectionActionsUpdate input)
    {
        if (input.Printed is not { OpenAtEnd: { } open } printed)
        {
            yield break;
        }

        foreach (var (field, a, aName, b, bName) in new[]
        {
            ("historic", printed.OpenHistoric, "historic", printed.OpenNew, "new"),
            ("scope", printed.OpenForceSpecific, "force-specific", printed.OpenNational, "national"),
        })
        {
            if (a is not null && b is not null && a.Value + b.Value != open.Value)
            {
                yield return Found("printed summary", field,
                    $"The printed split of the open actions does not add up: {Num(a.Value)} {aName} + {Num(b.Value)} {bName} = {Num(a.Value + b.Value)}, but {Num(open.Value)} are printed as open.",
                    a.Location ?? open.Location);
            }
        }
    }
}
