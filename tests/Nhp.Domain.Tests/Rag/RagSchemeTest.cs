using Nhp.Delivery;
using Nhp.Rag;

namespace Nhp.Domain.Tests.Rag;

public sealed class RagSchemeTest
{
    [Fact]
    public void The_plan_key_has_the_three_levels_and_definitions_printed_on_the_plan()
    {
        var key = RagScheme.PlanKey;
        Assert.Equal(["GREEN", "AMBER", "RED"], key.Levels.Select(l => l.Label));
        Assert.Equal(["Complete/established", "In progress", "Deadline missed or will not be achieved"], key.Levels.Select(l => l.Definition));
    }

    [Fact]
    public void The_delivery_confidence_scheme_has_five_levels_best_first()
    {
        Assert.Equal(["Green", "Amber/Green", "Amber", "Amber/Red", "Red"], RagScheme.DeliveryConfidence.Levels.Select(l => l.Label));
    }

    [Fact]
    public void A_custom_scheme_is_accepted_and_levels_are_found_by_label_in_any_case()
    {
        var scheme = new RagScheme(
            "Our force",
            [
                new RagLevel("On track", "Will be delivered on time"),
                new RagLevel("At risk", "May slip"),
                new RagLevel("Off track", "Will slip"),
            ]);
        Assert.Equal("May slip", scheme.Find(" at RISK ")!.Definition);
        Assert.Null(scheme.Find("Blue"));
    }

    [Fact]
    public void When_a_label_is_repeated_or_there_is_one_level_then_the_scheme_is_refused()
    {
        var green = new RagLevel("Green", "Fine");
        Assert.Throws<ArgumentException>(() => new RagScheme("x", [green]));
        Assert.Throws<ArgumentException>(() => new RagScheme("x", [green, green with { Definition = "Also fine" }]));
    }

    [Fact]
    public void Plan_statuses_map_to_the_plan_key_levels_and_not_rated_to_none()
    {
        Assert.Equal("AMBER", RagScheme.PlanKeyLevel(RagStatus.Amber)!.Label);
        Assert.Equal("RED", RagScheme.PlanKeyLevel(RagStatus.Red)!.Label);
        Assert.Null(RagScheme.PlanKeyLevel(RagStatus.NotRated));
    }
}
