using Nhp.Findings;
using Nhp.Governance.Inspections;
using Nhp.Rules;
using static Nhp.Governance.Rules.GovernanceRuleText;

namespace Nhp.Governance.Rules;

internal sealed class ActionTotalsDoNotReconcileRule() : Rule<InspectionActionsUpdate>(new RuleDescriptor(GovernanceRules.ActionTotalsDoNotReconcile, GovernanceRules.Area, Severity.Warning, "Printed action totals do not reconcile",
    "Checks that the printed actions open at the start, plus new actions, minus actions closed, equals the printed actions open now, and names every figure when it does not. Trackers often count closures of only some actions, so a difference should be explained to the committee rather than assumed away."))
{
    public override IEnumerable<Finding> Check(InspectionActionsUpdate input)
    {
        if (input.Printed is not { OpenAtStart: { } start, New: { } added, Closed: { } closed, OpenAtEnd: { } end } printed)
        {
            yield break;
        }

        var movement = new ActionMovement(start.Value, added.Value, closed.Value, end.Value);
        if (movement.Reconciles)
        {
            yield break;
        }

        var gap = movement.Expected - movement.OpenAtEnd;
        var message = $"The printed totals do not reconcile: {Num(start.Value)} open in {Start(input)} + {Num(added.Value)} new \u2212 {Num(closed.Value)} closed = {Num(movement.Expected)}, but {Num(end.Value)} are printed as open now ({Plural(Math.Abs(gap), "action", "actions")} {(gap > 0 ? "fewer" : "more")}).";
        if (gap > 0 && printed is { OpenHistoric: { } historic, OpenNew: { } openNew }
            && start.Value - closed.Value == historic.Value && added.Value - openNew.Value == gap)
        {
            // The splits explain the gap when the closures counted are those of the historic actions only.
            message += $" The splits suggest why: {Num(start.Value)} \u2212 {Num(closed.Value)} = {Num(historic.Value)}, the historic actions still open, so the {Num(closed.Value)} closed are historic actions; of the {Num(added.Value)} new actions {Num(openNew.Value)} are open, so {Plural(gap, "new action was", "new actions were")} also closed and not counted in the {Num(closed.Value)}.";
        }

        yield return Found("printed summary", "open", message, end.Location);
    }
}
