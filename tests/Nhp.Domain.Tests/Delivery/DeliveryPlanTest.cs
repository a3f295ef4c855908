using Nhp.Delivery;
using NodaTime;

namespace Nhp.Domain.Tests.Delivery;

public sealed class DeliveryPlanTest
{
    private static readonly YearMonth February = new(2024, 2);

    private static DeliveryPlan FebruaryPaper() => new()
    {
        Objectives =
        [
            new Objective
            {
                Number = 3,
                Title = "Provide a flow of community intelligence on a range of issues",
                Deliverables =
                [
                    new Deliverable
                    {
                        Code = DeliverableCode.Parse("3.3"),
                        Commitment = "We will help the force to understand the drivers for the significant changes to crime trends based on local knowledge and understanding.",
                        Updates = [new StatusUpdate { AsOf = February, Summary = "Review brought forward.", Rag = RagStatus.Amber, Target = Target.Parse("March 2024") }],
                    },
                    new Deliverable
                    {
                        Code = DeliverableCode.Parse("3.12"),
                        Commitment = "We will add a deliverable.",
                        Updates = [new StatusUpdate { AsOf = February, Summary = "New.", Rag = RagStatus.Green, Target = Target.Ongoing }],
                    },
                ],
            },
        ],
    };

    [Fact]
    public void Two_papers_become_two_updates_of_one_plan()
    {
        var january = PlanTextTest.ImportSeed().Value!;
        var combined = january.WithUpdatesFrom(FebruaryPaper());

        var d33 = combined.Find(DeliverableCode.Parse("3.3"))!;
        Assert.Equal([new YearMonth(2024, 1), February], d33.Updates.Select(u => u.AsOf));
        Assert.Equal(RagStatus.Green, d33.Updates[0].Rag);
        Assert.Equal(RagStatus.Amber, d33.Latest!.Rag);
        Assert.Equal(56, combined.Deliverables.Count());
        Assert.Equal("3.12", combined.Objectives[3].Deliverables[^1].Code.ToString());
        Assert.Equal(February, combined.AsOf);
        Assert.Equal(january.Title, combined.Title);
    }

    [Fact]
    public void Combining_with_the_same_paper_again_changes_nothing()
    {
        var once = PlanTextTest.ImportSeed().Value!.WithUpdatesFrom(FebruaryPaper());
        Assert.Equal(once, once.WithUpdatesFrom(FebruaryPaper()));
        var january = PlanTextTest.ImportSeed().Value!;
        Assert.Equal(january, january.WithUpdatesFrom(january));
    }

    [Fact]
    public void Deliverables_are_found_by_code_and_listed_in_plan_order()
    {
        var plan = PlanTextTest.ImportSeed().Value!;
        Assert.Equal("Develop Strategy Implementation Plan", plan.Find(DeliverableCode.Parse("0.2"))!.Commitment);
        Assert.Null(plan.Find(DeliverableCode.Parse("9.9")));
        Assert.Equal("0.1", plan.Deliverables.First().Code.ToString());
        Assert.Equal("4.15", plan.Deliverables.Last().Code.ToString());
    }

    [Fact]
    public void Plans_with_equal_content_are_equal_and_a_changed_update_is_not()
    {
        var a = PlanTextTest.ImportSeed().Value!;
        var b = PlanTextTest.ImportSeed().Value!;
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        var changed = b.WithUpdatesFrom(new DeliveryPlan
        {
            Objectives = [b.Objectives[0] with { Deliverables = [b.Objectives[0].Deliverables[0] with { Updates = [b.Objectives[0].Deliverables[0].Updates[0] with { Rag = RagStatus.Red }] }] }],
        });
        Assert.NotEqual(a, changed);
    }
}
