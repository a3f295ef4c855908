using Nhp.Delivery;
using Nhp.Findings;
using NodaTime;

namespace Nhp.Domain.Tests.Delivery;

public sealed class PlanRulesTest
{
    private static Deliverable Deliverable(string code, string target = "Ongoing", RagStatus rag = RagStatus.Green, string summary = "Done.", string commitment = "We will.") => new()
    {
        Code = DeliverableCode.Parse(code),
        Commitment = commitment,
        Updates = [new StatusUpdate { AsOf = new YearMonth(2024, 1), Summary = summary, Rag = rag, Target = Target.Parse(target) }],
    };

    private static DeliveryPlan Plan(params Deliverable[] deliverables) => new()
    {
        Objectives = deliverables.GroupBy(d => d.Code.Objective).Select(g => new Objective { Number = g.Key, Title = "Objective", Deliverables = g.ToList() }).ToList(),
    };

    [Fact]
    public void A_complete_plan_passes()
    {
        Assert.Empty(PlanRules.Check(Plan(Deliverable("1.1"), Deliverable("1.2", "31/03/2024"))));
    }

    [Fact]
    public void When_the_date_is_31_February_then_the_target_is_reported_as_no_such_day()
    {
        var finding = Assert.Single(PlanRules.Check(Plan(Deliverable("2.3", "31/02/2024"))));
        Assert.Equal((PlanRules.TargetRecognised, Severity.Error, "2.3", "target"), (finding.RuleId, finding.Severity, finding.Subject, finding.Field));
        Assert.Contains("'31/02/2024', is written as a day-first date, but no such day exists", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_target_is_a_typo_then_it_is_reported_with_the_accepted_forms()
    {
        var finding = Assert.Single(PlanRules.Check(Plan(Deliverable("2.3", "March 204"))));
        Assert.Contains("'March 204', is not a date or other form Nhp understands", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Accepted forms: 26/01/2024, February 2024", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_a_code_repeats_then_the_second_is_an_error()
    {
        var finding = Assert.Single(PlanRules.Check(Plan(Deliverable("1.1"), Deliverable("1.1"))));
        Assert.Equal((PlanRules.CodeUnique, "1.1", "code"), (finding.RuleId, finding.Subject, finding.Field));
    }

    [Fact]
    public void When_a_deliverable_is_under_another_objective_then_it_is_an_error()
    {
        var plan = new DeliveryPlan { Objectives = [new Objective { Number = 2, Title = "Two", Deliverables = [Deliverable("3.3")] }] };
        var finding = Assert.Single(PlanRules.Check(plan));
        Assert.Equal(PlanRules.CodeMatchesObjective, finding.RuleId);
        Assert.Equal("Deliverable 3.3 is listed under objective 2, but its code belongs to objective 3.", finding.Message);
    }

    [Fact]
    public void Missing_text_RAG_and_target_are_each_reported_with_their_field()
    {
        var findings = PlanRules.Check(Plan(Deliverable("1.1", target: "", rag: RagStatus.NotRated, summary: " ", commitment: "")));
        Assert.Equal(
            [
                (PlanRules.CommitmentRequired, Severity.Error, "commitment"),
                (PlanRules.SummaryRequired, Severity.Error, "summary"),
                (PlanRules.TargetRequired, Severity.Error, "target"),
                (PlanRules.RagRequired, Severity.Warning, "rag"),
            ],
            findings.Select(f => (f.RuleId, f.Severity, f.Field)));
    }

    [Fact]
    public void When_the_plan_has_no_deliverables_or_repeats_an_objective_then_it_is_an_error()
    {
        var plan = new DeliveryPlan { Objectives = [new Objective { Number = 1, Title = "A" }, new Objective { Number = 1, Title = "" }] };
        Assert.Equal(
            [PlanRules.NoDeliverables, PlanRules.ObjectiveNumberUnique, PlanRules.ObjectiveTitleRequired],
            PlanRules.Check(plan).Select(f => f.RuleId));
    }

    [Fact]
    public void When_updates_are_out_of_order_then_it_is_an_error()
    {
        var update = Deliverable("1.1").Updates[0];
        var deliverable = Deliverable("1.1") with { Updates = [update with { AsOf = new YearMonth(2024, 3) }, update] };
        Assert.Equal(PlanRules.UpdateOrder, Assert.Single(PlanRules.Check(Plan(deliverable))).RuleId);
    }

    [Fact]
    public void The_FluentValidation_result_carries_the_rule_id_and_the_finding()
    {
        var result = PlanRules.Default.ToValidator().Validate(Plan(Deliverable("1.1", "31/02/2024")));
        var failure = Assert.Single(result.Errors);
        Assert.Equal(PlanRules.TargetRecognised, failure.ErrorCode);
        Assert.IsType<Finding>(failure.CustomState);
    }
}
