using Nhp.Delivery;
using Nhp.Rag;
using NodaTime;

namespace Nhp.Domain.Tests.Delivery;

// The plan's own answers to "what date does it speak for", "which papers does it hold", "what RAG does a deliverable
// have" and "which objective is a finding about": the reports and the command line ask these, never work them out.
public sealed class PlanAsOfTest
{
    private static Deliverable D(string code, params (int Year, int Month, RagStatus Rag)[] updates) => new()
    {
        Code = DeliverableCode.Parse(code),
        Commitment = "We will " + code + ".",
        Updates = [.. updates.Select(u => new StatusUpdate { AsOf = new YearMonth(u.Year, u.Month), Summary = "S.", Rag = u.Rag, Target = Target.Ongoing })],
    };

    private static DeliveryPlan Plan(params Deliverable[] deliverables) => new()
    {
        Objectives = [.. deliverables.GroupBy(d => d.Code.Objective).Select(g => new Objective { Number = g.Key, Title = "Objective " + g.Key, Deliverables = [.. g] })],
    };

    [Fact]
    public void A_status_update_speaks_for_the_last_day_of_its_month()
    {
        Assert.Equal(new LocalDate(2024, 1, 31), new StatusUpdate { AsOf = new YearMonth(2024, 1), Summary = "", Rag = RagStatus.Green, Target = Target.Ongoing }.UpdatedOn);
        Assert.Equal(new LocalDate(2024, 2, 29), new StatusUpdate { AsOf = new YearMonth(2024, 2), Summary = "", Rag = RagStatus.Green, Target = Target.Ongoing }.UpdatedOn);
    }

    [Fact]
    public void A_plan_speaks_for_the_last_day_of_its_latest_update_month()
    {
        var plan = Plan(D("1.1", (2024, 1, RagStatus.Green)), D("1.2", (2024, 1, RagStatus.Amber), (2024, 4, RagStatus.Red)), D("2.1"));
        Assert.Equal(new YearMonth(2024, 4), plan.AsOf);
        Assert.Equal(new LocalDate(2024, 4, 30), plan.AsOfDate);
        Assert.Equal(plan.Deliverables.Single(d => d.Code == DeliverableCode.Parse("1.2")).Latest!.UpdatedOn, plan.AsOfDate);
    }

    [Fact]
    public void A_plan_with_no_update_speaks_for_no_date() =>
        Assert.Null(Plan(D("1.1")).AsOfDate);

    [Fact]
    public void The_RAG_subjects_of_a_plan_are_dated_as_the_plan_is()
    {
        var plan = Plan(D("1.1", (2024, 1, RagStatus.Green)));
        Assert.Equal(plan.AsOfDate, RagSubject.Latest(plan).Single().UpdatedOn);
    }

    [Fact]
    public void The_update_months_are_the_papers_oldest_first_each_once()
    {
        var plan = Plan(D("1.1", (2024, 4, RagStatus.Green)), D("1.2", (2024, 1, RagStatus.Amber), (2024, 4, RagStatus.Red)), D("2.1"));
        Assert.Equal([new YearMonth(2024, 1), new YearMonth(2024, 4)], plan.UpdateMonths);
        Assert.Empty(Plan(D("1.1")).UpdateMonths);
    }

    [Fact]
    public void A_deliverables_RAG_is_its_latest_updates_or_not_rated()
    {
        Assert.Equal(RagStatus.Red, D("1.2", (2024, 1, RagStatus.Amber), (2024, 4, RagStatus.Red)).Rag);
        Assert.Equal(RagStatus.NotRated, D("1.3").Rag);
    }

    [Theory]
    [InlineData("1.2", 1)]
    [InlineData("2.7", 2)]
    [InlineData("3.1", null)]
    [InlineData("plan", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void A_findings_subject_belongs_to_the_objective_of_its_deliverable_code(string? subject, int? objective)
    {
        var plan = Plan(D("1.1"), D("2.1"));
        Assert.Equal(objective, plan.ObjectiveOf(subject)?.Number);
    }
}
