using Nhp.Delivery;
using Nhp.Governance.Inspections;
using Nhp.Governance.Peel;
using NodaTime;

namespace Nhp.Domain.Tests.Governance.Peel;

public sealed class PeelUpdateTest
{
    private static readonly LocalDate February = new(2024, 2, 22);

    [Theory]
    [InlineData("CoLP has met the requirements of this area of improvement", AfiState.Closed)]
    [InlineData("Met", AfiState.Closed)]
    [InlineData("Closed - signed off at the board", AfiState.Closed)]
    [InlineData("Discharged", AfiState.Closed)]
    [InlineData("CoLP is progressing its 'Requires Improvement' recommendations", AfiState.InProgress)]
    [InlineData("In progress", AfiState.InProgress)]
    [InlineData("Not yet met", AfiState.InProgress)]
    [InlineData("Not closed", AfiState.InProgress)]
    [InlineData("Awaiting a report", null)]
    [InlineData("", null)]
    public void Status_words_are_understood(string text, AfiState? expected) =>
        Assert.Equal(expected, PeelUpdate.Understand(text));

    [Fact]
    public void Linked_actions_all_closed_make_the_area_closed_whatever_is_printed()
    {
        var register = new InspectionActionRegister([Action("A1", closed: new LocalDate(2023, 5, 1)), Action("A2", closed: February)]);
        var update = Update(Area() with { Actions = ["a1", "A2"], Status = "In progress" });

        var status = update.StatusOf(update.Areas[0], register);

        Assert.Equal(new AfiStatus(AfiState.Closed, AfiStatusBasis.Register, "2 linked actions, all closed by 22 February 2024."), status);
    }

    [Fact]
    public void An_open_linked_action_keeps_the_area_in_progress()
    {
        var register = new InspectionActionRegister([Action("A1", closed: new LocalDate(2023, 5, 1)), Action("A2", closed: February.PlusDays(1))]);
        var update = Update(Area() with { Actions = ["A1", "A2"] });

        Assert.Equal(AfiState.InProgress, update.StatusOf(update.Areas[0], register).State);
    }

    [Fact]
    public void Without_a_register_the_area_s_own_status_comes_before_the_update_s()
    {
        var update = Update(Area() with { Actions = ["A1"], Status = "Met" }) with { Status = "All areas are in progress." };

        Assert.Equal(new AfiStatus(AfiState.Closed, AfiStatusBasis.Printed, "Met"), update.StatusOf(update.Areas[0]));
        Assert.Equal(new AfiStatus(AfiState.InProgress, AfiStatusBasis.Update, "All areas are in progress."), update.StatusOf(Area()));
    }

    [Fact]
    public void An_area_nothing_speaks_for_is_not_stated() =>
        Assert.Equal(new AfiStatus(AfiState.NotStated, AfiStatusBasis.None, "Awaiting a report"), Update(Area()).StatusOf(Area() with { Status = "Awaiting a report" }));

    [Fact]
    public void Linked_deliverables_are_judged_at_the_date_and_the_worst_RAG_is_taken()
    {
        // 1.1 AMBER with a target of 31/12/2023: at 22 February 2024 the default rules expect RED (deadline missed).
        var plan = new DeliveryPlan
        {
            Objectives =
            [
                new Objective
                {
                    Number = 1,
                    Title = "Prevent crime",
                    Deliverables = [Deliverable("1.1", RagStatus.Amber, "31/12/2023"), Deliverable("1.2", RagStatus.Green, "Ongoing")],
                },
            ],
        };
        var area = Area() with { Deliverables = [DeliverableCode.Parse("1.2"), DeliverableCode.Parse("1.1"), DeliverableCode.Parse("9.9")] };

        var delivery = AfiDelivery.Of(area, plan, February);

        Assert.Equal(["1.2", "1.1", "9.9"], delivery.Deliverables.Select(d => d.Code.ToString()));
        Assert.Null(delivery.Deliverables[2].Deliverable);
        Assert.Equal(RagStatus.Amber, delivery.WorstReported);
        Assert.Equal(RagStatus.Red, delivery.WorstExpected);
        Assert.Equal(RagStatus.Red, delivery.Deliverables[1].Judgement!.ExpectedRag);
    }

    private static Deliverable Deliverable(string code, RagStatus rag, string target) => new()
    {
        Code = DeliverableCode.Parse(code),
        Commitment = "We will act.",
        Updates = [new StatusUpdate { AsOf = new YearMonth(2024, 1), Summary = "Under way.", Rag = rag, Target = Target.Parse(target) }],
    };

    private static AreaForImprovement Area() => new() { Id = "afi-01", Text = "The force should improve.", Progress = [new ProgressParagraph { Number = 3, Text = "Work has started." }] };

    private static PeelUpdate Update(params AreaForImprovement[] areas) => new() { Title = "Update", Inspection = "PEEL 2022", AsOf = February, Areas = areas };

    private static InspectionAction Action(string id, LocalDate? closed = null) =>
        new() { Id = id, Inspection = "PEEL 2021/22", Owner = "Head of Strategy", Raised = new LocalDate(2022, 8, 12), Closed = closed };
}
