using Nhp.Findings;
using Nhp.Governance.Inspections;
using Nhp.Governance.Peel;
using Nhp.Governance.References;
using Nhp.Governance.Rules;
using Nhp.Governance.Tables;
using Nhp.Governance.Workforce;
using Nhp.Rules;

namespace Nhp.Governance;

/// <summary>
/// The checks on governance registers: their stable ids, and one default rule set per kind of register. An id never changes meaning; tools may match on it.
/// </summary>
public static class GovernanceRules
{
    /// <summary>The area of the governance rules' descriptors.</summary>
    public const string Area = "governance";

    /// <summary>Warning: printed open at start + new − closed does not equal printed open at end.</summary>
    public const string ActionTotalsDoNotReconcile = "governance.actions.totals-do-not-reconcile";

    /// <summary>Warning: a printed split of the open actions does not add up to the printed open total.</summary>
    public const string ActionSplitDoesNotAddUp = "governance.actions.split-does-not-add-up";

    /// <summary>Warning: a printed figure differs from what the register gives.</summary>
    public const string ActionPrintedDiffersFromRegister = "governance.actions.printed-differs-from-register";

    /// <summary>Error: two actions in a register share an id.</summary>
    public const string ActionIdRepeated = "governance.actions.id-repeated";

    /// <summary>Error: an action was closed before it was raised.</summary>
    public const string ActionClosedBeforeRaised = "governance.actions.closed-before-raised";

    /// <summary>Warning: an open action has no owner.</summary>
    public const string ActionWithoutOwner = "governance.actions.open-without-owner";

    /// <summary>Warning: a printed row, column or grand total of a table differs from its counts.</summary>
    public const string TableTotalDiffers = "governance.tables.total-differs";

    /// <summary>Warning: a printed percentage column value differs from the row's share of the total.</summary>
    public const string TablePercentageDiffers = "governance.tables.percentage-differs";

    /// <summary>Warning: a statement's printed count (n) differs from the table.</summary>
    public const string TableStatementCountDiffers = "governance.tables.statement-count-differs";

    /// <summary>Warning (info when only cut off rather than rounded): a statement's printed percentage differs from the table.</summary>
    public const string TableStatementPercentageDiffers = "governance.tables.statement-percentage-differs";

    /// <summary>Info: a statement names something the tables lack, or its percentage is of figures outside them.</summary>
    public const string TableStatementUnchecked = "governance.tables.statement-unchecked";

    /// <summary>Warning: a reference in progress has a target date before the list's meeting.</summary>
    public const string ReferencePastTarget = "governance.references.open-past-target";

    /// <summary>Warning (info when complete): a reference names no owner.</summary>
    public const string ReferenceWithoutOwner = "governance.references.no-owner";

    /// <summary>Warning: a reference's status or number is not understood.</summary>
    public const string ReferenceStatusNotUnderstood = "governance.references.not-understood";

    /// <summary>Error: a reference is listed twice.</summary>
    public const string ReferenceRepeated = "governance.references.repeated";

    /// <summary>Error: two areas for improvement of an update share an id.</summary>
    public const string PeelIdRepeated = "governance.peel.id-repeated";

    /// <summary>Warning: an area for improvement has no paragraph of progress.</summary>
    public const string PeelWithoutProgress = "governance.peel.no-progress";

    /// <summary>Info: the status printed for an area for improvement says neither in progress nor met.</summary>
    public const string PeelStatusNotUnderstood = "governance.peel.status-not-understood";

    /// <summary>Warning: an area for improvement links to an action the register lacks.</summary>
    public const string PeelActionUnknown = "governance.peel.action-unknown";

    /// <summary>Warning: an area for improvement links to a deliverable the delivery plan lacks.</summary>
    public const string PeelDeliverableUnknown = "governance.peel.deliverable-unknown";

    /// <summary>Warning: an area for improvement understood as closed has a linked deliverable not reported GREEN.</summary>
    public const string PeelClosedWithWorkOpen = "governance.peel.closed-with-work-open";

    /// <summary>Error: a category of a diversity profile has no usable figure, or one out of range.</summary>
    public const string WorkforceFigureMissing = "governance.workforce.figure-missing";

    /// <summary>Warning: a characteristic's printed shares do not add up to 100%, allowing for rounding.</summary>
    public const string WorkforceSharesDoNotAddUp = "governance.workforce.shares-do-not-add-up";

    /// <summary>Warning: the share of the workforce who did not state a characteristic is above the threshold.</summary>
    public const string WorkforceNotStatedHigh = "governance.workforce.not-stated-high";

    /// <summary>Info: a characteristic or category of the workforce has no counterpart in the population profile.</summary>
    public const string WorkforceNotComparable = "governance.workforce.not-comparable";

    /// <summary>The checks on an inspection actions update, in the order they run.</summary>
    public static RuleSet<InspectionActionsUpdate> Actions { get; } = new(
        "inspection action checks",
        [
            new ActionIdRepeatedRule(),
            new ActionClosedBeforeRaisedRule(),
            new ActionTotalsDoNotReconcileRule(),
            new ActionSplitDoesNotAddUpRule(),
            new ActionPrintedDiffersFromRegisterRule(),
            new ActionWithoutOwnerRule(),
        ]);

    /// <summary>The checks on tables and the statements about them, in the order they run.</summary>
    public static RuleSet<TableSet> Tables { get; } = new(
        "table checks",
        [
            new TableTotalDiffersRule(),
            new TablePercentageDiffersRule(),
            new TableStatementCountDiffersRule(),
            new TableStatementPercentageDiffersRule(),
            new TableStatementUncheckedRule(),
        ]);

    /// <summary>The checks on a list of outstanding references, in the order they run.</summary>
    public static RuleSet<OutstandingReferenceList> References { get; } = new(
        "outstanding reference checks",
        [new ReferenceRepeatedRule(), new ReferenceStatusNotUnderstoodRule(), new ReferencePastTargetRule(), new ReferenceWithoutOwnerRule()]);

    /// <summary>The checks on an update on areas for improvement and its links, in the order they run.</summary>
    public static RuleSet<PeelCheck> Peel { get; } = new(
        "area for improvement checks",
        [
            new PeelIdRepeatedRule(),
            new PeelWithoutProgressRule(),
            new PeelStatusNotUnderstoodRule(),
            new PeelActionUnknownRule(),
            new PeelDeliverableUnknownRule(),
            new PeelClosedWithWorkOpenRule(),
        ]);

    /// <summary>The checks on a workforce diversity profile and its comparison with a population, in the order they run.</summary>
    public static RuleSet<WorkforceDiversity> Workforce { get; } = new(
        "workforce diversity checks",
        [new WorkforceFigureMissingRule(), new WorkforceSharesDoNotAddUpRule(), new WorkforceNotStatedHighRule(), new WorkforceNotComparableRule()]);

    /// <summary>Runs <paramref name="rules"/> (by default <see cref="Peel"/>) on an update on areas for improvement and its links.</summary>
    /// <param name="check">The update, with the register and plan its links point into when known.</param>
    /// <param name="rules">The rules, or null for <see cref="Peel"/>.</param>
    /// <returns>The findings, most severe first, then in rule order.</returns>
    public static IReadOnlyList<Finding> CheckPeel(PeelCheck check, RuleSet<PeelCheck>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(check);
        return [.. (rules ?? Peel).Check(check).OrderByDescending(f => f.Severity)];
    }

    /// <summary>Runs <paramref name="rules"/> (by default <see cref="Workforce"/>) on a workforce diversity profile.</summary>
    /// <param name="workforce">The profile, with the population it is compared with when given.</param>
    /// <param name="rules">The rules, or null for <see cref="Workforce"/>.</param>
    /// <returns>The findings, most severe first, then in rule order.</returns>
    public static IReadOnlyList<Finding> CheckWorkforce(WorkforceDiversity workforce, RuleSet<WorkforceDiversity>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(workforce);
        return [.. (rules ?? Workforce).Check(workforce).OrderByDescending(f => f.Severity)];
    }

    /// <summary>Runs <paramref name="rules"/> (by default <see cref="References"/>) on a list of outstanding references.</summary>
    /// <param name="list">The list.</param>
    /// <param name="rules">The rules, or null for <see cref="References"/>.</param>
    /// <returns>The findings, most severe first, then in rule order.</returns>
    public static IReadOnlyList<Finding> CheckReferences(OutstandingReferenceList list, RuleSet<OutstandingReferenceList>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(list);
        return [.. (rules ?? References).Check(list).OrderByDescending(f => f.Severity)];
    }

    /// <summary>Runs <paramref name="rules"/> (by default <see cref="Tables"/>) on a set of tables.</summary>
    /// <param name="tables">The tables and statements.</param>
    /// <param name="rules">The rules, or null for <see cref="Tables"/>.</param>
    /// <returns>The findings, most severe first, then in rule order.</returns>
    public static IReadOnlyList<Finding> CheckTables(TableSet tables, RuleSet<TableSet>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(tables);
        return [.. (rules ?? Tables).Check(tables).OrderByDescending(f => f.Severity)];
    }

    /// <summary>Runs <paramref name="rules"/> (by default <see cref="Actions"/>) on an update.</summary>
    /// <param name="update">The update.</param>
    /// <param name="rules">The rules, or null for <see cref="Actions"/>.</param>
    /// <returns>The findings, most severe first, then in rule order.</returns>
    public static IReadOnlyList<Finding> CheckActions(InspectionActionsUpdate update, RuleSet<InspectionActionsUpdate>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(update);
        return [.. (rules ?? Actions).Check(update).OrderByDescending(f => f.Severity)];
    }

    /// <summary>Every governance descriptor, for the catalog.</summary>
    internal static IEnumerable<RuleDescriptor> Descriptors => [.. Actions.Descriptors, .. Tables.Descriptors, .. References.Descriptors, .. Peel.Descriptors, .. Workforce.Descriptors];
}
