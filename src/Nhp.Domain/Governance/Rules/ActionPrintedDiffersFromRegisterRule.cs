using Nhp.Findings;
using Nhp.Governance.Inspections;
using Nhp.Rules;
using static Nhp.Governance.Rules.GovernanceRuleText;

namespace Nhp.Governance.Rules;

internal sealed class ActionPrintedDiffersFromRegisterRule() : Rule<InspectionActionsUpdate>(new RuleDescriptor(GovernanceRules.ActionPrintedDiffersFromRegister, GovernanceRules.Area, Severity.Warning, "Printed figure differs from the register",
    "When both the paper's figures and the register are given, checks each printed figure against the count from the register over the same period and cut-off. A difference means the paper and the tracker disagree, and the committee was told one of them."))
{
    public override IEnumerable<Finding> Check(InspectionActionsUpdate input)
    {
        if (input.Printed is not { } printed || input.Register is not { } register)
        {
            yield break;
        }

        var movement = register.Movement(input.Start, input.AsOf);
        var (historic, added) = register.HistoricSplit(input.AsOf, input.HistoricCutOff);
        var (force, national) = register.ScopeSplit(input.AsOf);
        foreach (var (field, figure, counted, what) in new[]
        {
            ("open-at-start", printed.OpenAtStart, movement.OpenAtStart, "open at the start"),
            ("new", printed.New, movement.New, "new since the start"),
            ("closed", printed.Closed, movement.Closed, "closed since the start"),
            ("open", printed.OpenAtEnd, movement.OpenAtEnd, "open now"),
            ("open-historic", printed.OpenHistoric, historic, "open and historic"),
            ("open-new", printed.OpenNew, added, "open and new"),
            ("open-force-specific", printed.OpenForceSpecific, force, "open and force-specific"),
            ("open-national", printed.OpenNational, national, "open and national"),
        })
        {
            if (figure is not null && figure.Value != counted)
            {
                yield return Found("printed summary", field,
                    $"The paper prints {Num(figure.Value)} actions {what} (\"{figure.Text}\"), but the register gives {Num(counted)}.",
                    figure.Location);
            }
        }
    }
}
