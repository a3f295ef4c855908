using Nhp.Delivery;
using Nhp.Integrity;
using NodaTime;

namespace Nhp.Domain.Tests.Integrity;

public sealed class RecommendationTest
{
    private static Recommendation With(string timescale, RagStatus status = RagStatus.NotRated) =>
        new(1, "Review access", "FCIR", Target.Parse(timescale)) { Status = status };

    [Fact]
    public void A_February_2024_timescale_is_past_from_1_March_2024_unless_complete()
    {
        Assert.False(With("February 2024").IsPastTimescale(new LocalDate(2024, 2, 29)));
        Assert.True(With("February 2024").IsPastTimescale(new LocalDate(2024, 3, 1)));
        Assert.False(With("February 2024", RagStatus.Green).IsPastTimescale(new LocalDate(2024, 3, 1)));
    }

    [Fact]
    public void A_two_stage_timescale_runs_to_its_later_date()
    {
        var recommendation = With("February 2024 OIB Review Implementation March 2024");

        Assert.False(recommendation.IsPastTimescale(new LocalDate(2024, 3, 15)));
        Assert.True(recommendation.IsPastTimescale(new LocalDate(2024, 4, 1)));
    }

    [Fact]
    public void The_typo_March_204_is_never_judged_past_because_it_has_no_deadline() =>
        Assert.False(With("March 204").IsPastTimescale(new LocalDate(2030, 1, 1)));

    [Fact]
    public void Owners_default_to_the_owner_text_as_printed() =>
        Assert.Equal(["FCIR"], With("March 2024").Owners);
}
