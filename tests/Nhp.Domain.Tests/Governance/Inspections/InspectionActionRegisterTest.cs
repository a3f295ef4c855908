using Nhp.Governance;
using Nhp.Governance.Inspections;
using NodaTime;
using static Nhp.Domain.Tests.Rules.GovernanceExamples;

namespace Nhp.Domain.Tests.Governance.Inspections;

public sealed class InspectionActionRegisterTest
{
    private static readonly LocalDate Start = new(2023, 4, 1);
    private static readonly LocalDate End = new(2024, 2, 22);

    // Four actions: two historic (one closed in the period), two new (one closed in the period).
    private static InspectionActionRegister Four() => Register(
        Action("H1") with { Scope = ActionScope.ForceSpecific, Directorate = "Local Policing" },
        Action("H2", closed: new LocalDate(2023, 9, 1)),
        Action("N1", raised: new LocalDate(2023, 6, 1)) with { Directorate = "Local Policing" },
        Action("N2", raised: new LocalDate(2023, 6, 1), closed: new LocalDate(2023, 12, 1)));

    [Fact]
    public void The_movement_counts_open_at_start_new_closed_and_open_at_end()
    {
        // Open on 1 April 2023: H1, H2 (2). New after it: N1, N2 (2). Closed in the period: H2, N2 (2). Open at end: H1, N1 (2).
        var movement = Four().Movement(Start, End);

        Assert.Equal(new ActionMovement(2, 2, 2, 2), movement);
        Assert.True(movement.Reconciles);
    }

    [Fact]
    public void The_open_actions_split_by_cut_off_and_by_scope()
    {
        Assert.Equal((1, 1), Four().HistoricSplit(End, new LocalDate(2023, 4, 1)));
        Assert.Equal((2, 0), Four().HistoricSplit(End, new LocalDate(2023, 7, 1)));
        Assert.Equal((1, 1), Four().ScopeSplit(End));
        Assert.Equal([("Local Policing", 1, 1)], Four().ByDirectorate(End, Start));
    }

    [Fact]
    public void An_action_is_open_from_the_day_it_is_raised_until_the_day_it_is_closed()
    {
        var action = Action("A", raised: new LocalDate(2023, 5, 1), closed: new LocalDate(2023, 6, 1));

        Assert.False(action.IsOpenOn(new LocalDate(2023, 4, 30)));
        Assert.True(action.IsOpenOn(new LocalDate(2023, 5, 1)));
        Assert.True(action.IsOpenOn(new LocalDate(2023, 5, 31)));
        Assert.False(action.IsOpenOn(new LocalDate(2023, 6, 1)));
    }

    [Fact]
    public void A_movement_that_ends_before_it_starts_is_refused() =>
        Assert.Throws<ArgumentException>(() => Four().Movement(End, Start));

    [Fact]
    public void The_seed_totals_do_not_reconcile_and_the_finding_names_every_figure()
    {
        // The paper: 200 open in April 2023, 142 closed, 57 new, 109 open now; 200 + 57 - 142 = 115.
        var update = Update(Printed(200, 57, 142, 109) with { OpenHistoric = Fig(58), OpenNew = Fig(51), OpenForceSpecific = Fig(23), OpenNational = Fig(86) }) with { StartText = "April 2023" };

        var finding = Assert.Single(GovernanceRules.CheckActions(update));

        Assert.Equal(GovernanceRules.ActionTotalsDoNotReconcile, finding.RuleId);
        Assert.StartsWith("The printed totals do not reconcile: 200 open in April 2023 + 57 new \u2212 142 closed = 115, but 109 are printed as open now (6 actions fewer).", finding.Message, StringComparison.Ordinal);
        Assert.Contains("200 \u2212 142 = 58", finding.Message, StringComparison.Ordinal);
        Assert.Contains("6 new actions were also closed", finding.Message, StringComparison.Ordinal);
    }
}
