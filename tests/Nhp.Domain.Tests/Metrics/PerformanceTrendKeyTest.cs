using Nhp.Metrics;
using Nhp.Metrics.Spc;
using Nhp.Periods;

namespace Nhp.Domain.Tests.Metrics;

public class PerformanceTrendKeyTest
{
    private static readonly FinancialQuarter Q2 = FinancialQuarter.Parse("Q2 2023/24");
    private static readonly FinancialQuarter Q3 = FinancialQuarter.Parse("Q3 2023/24");

    private static MeasureDefinition Measure(string id) => MeasureCatalogue.Find(id)!;

    private static Change Change(decimal from, decimal to) => new(ChangeKind.PeriodOnPeriod, Q2, from, Q3, to);

    [Fact]
    public void When_crime_rises_beyond_tolerance_then_the_arrow_is_red_and_up()
    {
        var arrow = PerformanceTrendKey.Assess(Measure("violent-crime"), Change(368, 447));
        Assert.Equal((TrendColour.Red, TrendPointing.Up), (arrow.Colour, arrow.Pointing));
        Assert.Equal("A red upwards arrow suggests an increasing trend that is negative.", arrow.KeyText);
    }

    [Fact]
    public void When_crime_falls_beyond_tolerance_then_the_arrow_is_green_and_down()
    {
        var arrow = PerformanceTrendKey.Assess(Measure("violent-crime"), Change(447, 368));
        Assert.Equal((TrendColour.Green, TrendPointing.Down), (arrow.Colour, arrow.Pointing));
    }

    [Fact]
    public void When_outcomes_fall_then_the_arrow_is_red_and_down()
    {
        var arrow = PerformanceTrendKey.Assess(Measure("fraud-judicial-outcomes"), Change(1614, 1196));
        Assert.Equal((TrendColour.Red, TrendPointing.Down), (arrow.Colour, arrow.Pointing));
    }

    [Theory]
    // Boundary: exactly 5% of the earlier value is within tolerance; just over it is not.
    [InlineData(100, 105, TrendColour.Amber)]
    [InlineData(100, 105.01, TrendColour.Red)]
    [InlineData(100, 95, TrendColour.Amber)]
    [InlineData(100, 94.99, TrendColour.Green)]
    public void A_change_of_up_to_five_percent_is_amber(decimal from, decimal to, TrendColour expected) =>
        Assert.Equal(expected, PerformanceTrendKey.Assess(Measure("asb"), Change(from, to)).Colour);

    [Fact]
    public void A_percentage_measure_at_100_in_both_periods_is_green_pointing_right()
    {
        var arrow = PerformanceTrendKey.Assess(Measure("action-fraud-telephone-satisfaction"), Change(100, 100));
        Assert.Equal((TrendColour.Green, TrendPointing.Right), (arrow.Colour, arrow.Pointing));
    }

    [Fact]
    public void A_percentage_measure_uses_percentage_points_for_tolerance()
    {
        Assert.Equal(TrendColour.Amber, PerformanceTrendKey.Assess(Measure("action-fraud-online-satisfaction"), Change(82, 83)).Colour);
        Assert.Equal(TrendColour.Green, PerformanceTrendKey.Assess(Measure("action-fraud-online-satisfaction"), Change(83, 86)).Colour);
    }

    [Fact]
    public void When_spc_finds_only_common_cause_then_even_a_large_change_is_amber()
    {
        var spc = SpcAnalysis.Analyse([10.0, 30, 10, 30, 10, 30], new SpcOptions(SpcMethod.Nhs));
        Assert.False(spc.IsSignificant);
        var arrow = PerformanceTrendKey.Assess(Measure("asb"), Change(10, 30), spc);
        Assert.Equal(TrendColour.Amber, arrow.Colour);
        Assert.Contains("common-cause", arrow.Reason, StringComparison.Ordinal);
    }
}
