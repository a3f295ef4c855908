using Nhp.Delivery;
using Nhp.Rag;

namespace Nhp.Domain.Tests.Rag;

public sealed class TrendKeyTest
{
    private sealed class Fixed(bool significant) : ISignificantMovement
    {
        public bool IsSignificant(IReadOnlyList<double> values) => significant;
    }

    [Theory]
    [InlineData(GoodDirection.Up, 80.0, 90.0, TrendKeyArrow.Up, RagStatus.Green)] // improvement
    [InlineData(GoodDirection.Down, 447.0, 368.0, TrendKeyArrow.Down, RagStatus.Green)] // decreasing trend which is positive
    [InlineData(GoodDirection.Down, 368.0, 447.0, TrendKeyArrow.Up, RagStatus.Red)] // increasing trend which is negative
    [InlineData(GoodDirection.Up, 1625.0, 1196.0, TrendKeyArrow.Down, RagStatus.Red)] // fall in performance
    public void The_arrow_follows_the_movement_and_the_colour_follows_the_direction_of_good(GoodDirection good, double previous, double latest, TrendKeyArrow arrow, RagStatus rag)
    {
        var judgement = new TrendKey(5).Judge("Measure", good, [previous, latest]);
        Assert.Equal((arrow, rag), (judgement.Arrow, judgement.Rag));
    }

    [Fact]
    public void A_movement_equal_to_the_tolerance_is_amber_right_and_just_beyond_it_is_not()
    {
        var key = new TrendKey(2);
        var within = key.Judge("Satisfaction", GoodDirection.Up, [95, 93], isPercentage: true);
        Assert.Equal((TrendKeyArrow.Right, RagStatus.Amber), (within.Arrow, within.Rag));
        Assert.Equal("Satisfaction moved from 95% to 93%, a change of 2 percentage points, within the tolerance of 2 percentage points: amber, no real change.", within.Reason);
        var beyond = key.Judge("Satisfaction", GoodDirection.Up, [95, 92.9], isPercentage: true);
        Assert.Equal((TrendKeyArrow.Down, RagStatus.Red), (beyond.Arrow, beyond.Rag));
        Assert.Equal("Satisfaction moved from 95% to 92.9% (higher is better): red down arrow, a fall in performance.", beyond.Reason);
    }

    [Fact]
    public void A_percentage_staying_at_100_is_green_right()
    {
        var judgement = new TrendKey(1).Judge("Calls answered", GoodDirection.Up, [100, 100], isPercentage: true);
        Assert.Equal((TrendKeyArrow.Right, RagStatus.Green), (judgement.Arrow, judgement.Rag));
        Assert.Contains("consistent performance at 100%", judgement.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_statistics_say_a_large_movement_is_noise_then_it_is_amber_right()
    {
        var noise = new TrendKey(0, new Fixed(false)).Judge("Violent crime", GoodDirection.Down, [368, 447]);
        Assert.Equal((TrendKeyArrow.Right, RagStatus.Amber), (noise.Arrow, noise.Rag));
        Assert.Contains("not a significant change", noise.Reason, StringComparison.Ordinal);
        var signal = new TrendKey(0, new Fixed(true)).Judge("Violent crime", GoodDirection.Down, [368, 447]);
        Assert.Equal((TrendKeyArrow.Up, RagStatus.Red), (signal.Arrow, signal.Rag));
    }

    [Fact]
    public void Fewer_than_two_values_a_non_finite_value_or_a_negative_tolerance_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new TrendKey(1).Judge("M", GoodDirection.Up, [1]));
        Assert.Throws<ArgumentException>(() => new TrendKey(1).Judge("M", GoodDirection.Up, [1, double.NaN]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TrendKey(-1));
    }
}
