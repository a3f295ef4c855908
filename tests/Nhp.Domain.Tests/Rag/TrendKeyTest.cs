using Nhp.Datasets.CityOfLondon;
using Nhp.Delivery;
using Nhp.Metrics;
using Nhp.Metrics.Spc;
using Nhp.Periods;
using Nhp.Rag;

namespace Nhp.Domain.Tests.Rag;

public sealed class TrendKeyTest
{
    private static readonly FinancialQuarter Q2 = FinancialQuarter.Parse("Q2 2023/24");
    private static readonly FinancialQuarter Q3 = FinancialQuarter.Parse("Q3 2023/24");

    private sealed class Fixed(bool significant) : IMovementSignificance
    {
        public bool IsSignificant => significant;

        public int SignalDirection => significant ? 1 : 0;

        public string Explanation => significant ? "The latest point is a special cause: outside the limits." : "The latest point shows common-cause variation only.";
    }

    private static MeasureDefinition Catalogued(string id) => MeasureCatalogue.Find(id)!;

    private static MeasureDefinition Measure(string subject, DirectionOfGood good, MeasureUnit unit = MeasureUnit.Count) =>
        new("m", subject, subject, "A measure.", "Counted.", unit, good, MeasureFrequency.Quarterly, "A priority", "A source");

    private static Change Change(decimal from, decimal to) => new(ChangeKind.PeriodOnPeriod, Q2, from, Q3, to);

    // Rule 1: consistent at 100%.
    [Fact]
    public void A_percentage_measure_at_100_in_both_periods_is_green_pointing_right()
    {
        var judgement = TrendKey.Default.Judge(Catalogued("action-fraud-telephone-satisfaction"), Change(100, 100));
        Assert.Equal((TrendKeyArrow.Right, RagStatus.Green), (judgement.Arrow, judgement.Rag));
        Assert.Equal("Action Fraud telephone satisfaction stayed at 100%: green right arrow, consistent performance at 100%.", judgement.Reason);
        Assert.Equal("A green arrow pointing right is used for consistent performance at 100%.", judgement.KeyText);
    }

    [Fact]
    public void A_count_staying_at_100_is_not_consistent_at_100_percent_but_amber()
    {
        var judgement = TrendKey.Default.Judge(Measure("Calls", DirectionOfGood.Higher), Change(100, 100));
        Assert.Equal((TrendKeyArrow.Right, RagStatus.Amber), (judgement.Arrow, judgement.Rag));
        Assert.Equal("Calls stayed at 100, no change, within the tolerance of 5% of the earlier figure: amber, no real change.", judgement.Reason);
    }

    // Rule 2: neutral measures.
    [Theory]
    [InlineData(100, 150, TrendKeyArrow.Up)]
    [InlineData(150, 100, TrendKeyArrow.Down)]
    [InlineData(100, 100, TrendKeyArrow.Right)]
    public void A_measure_with_no_direction_of_good_is_amber_with_the_arrow_following_the_movement(decimal from, decimal to, TrendKeyArrow arrow)
    {
        var judgement = TrendKey.Default.Judge(Measure("Stop and search", DirectionOfGood.Neutral), Change(from, to));
        Assert.Equal((arrow, RagStatus.Amber), (judgement.Arrow, judgement.Rag));
        Assert.Contains("no direction is better for this measure: amber.", judgement.Reason, StringComparison.Ordinal);
    }

    // Rule 3: tolerance. Relative for counts: 5% of the earlier figure 100 is 5, so 105 and 95 are on the boundary.
    [Theory]
    [InlineData(100, 105, TrendKeyArrow.Right, RagStatus.Amber)]
    [InlineData(100, 105.01, TrendKeyArrow.Up, RagStatus.Red)]
    [InlineData(100, 95, TrendKeyArrow.Right, RagStatus.Amber)]
    [InlineData(100, 94.99, TrendKeyArrow.Down, RagStatus.Green)]
    public void A_change_of_up_to_five_percent_of_the_earlier_figure_is_amber(decimal from, decimal to, TrendKeyArrow arrow, RagStatus rag)
    {
        var judgement = TrendKey.Default.Judge(Catalogued("asb"), Change(from, to));
        Assert.Equal((arrow, rag), (judgement.Arrow, judgement.Rag));
    }

    [Fact]
    public void The_reason_for_a_change_within_the_relative_tolerance_gives_the_change_and_the_limit()
    {
        var judgement = TrendKey.Default.Judge(Catalogued("asb"), Change(100, 105));
        Assert.Equal("Anti-social behaviour moved from 100 to 105, a change of 5 (5% of the earlier figure), within the tolerance of 5% of the earlier figure: amber, no real change.", judgement.Reason);
        Assert.Equal("Amber means there has been limited increases or decreases within tolerance level.", judgement.KeyText);
    }

    [Fact]
    public void A_percentage_measure_uses_percentage_points_for_tolerance()
    {
        // 82 to 83 is 1 point (exactly the default); 82 to 83.01 is 1.01 points; 83 to 86 is 3 points.
        var online = Catalogued("action-fraud-online-satisfaction");
        Assert.Equal(RagStatus.Amber, TrendKey.Default.Judge(online, Change(82, 83)).Rag);
        Assert.Equal(RagStatus.Green, TrendKey.Default.Judge(online, Change(82, 83.01m)).Rag);
        var rise = TrendKey.Default.Judge(online, Change(83, 86));
        Assert.Equal((TrendKeyArrow.Up, RagStatus.Green), (rise.Arrow, rise.Rag));
        Assert.Equal("Action Fraud online satisfaction moved from 83% to 86%, a change of 3 percentage points, more than the tolerance of 1 percentage point (higher is better): green up arrow, an improvement.", rise.Reason);
    }

    [Fact]
    public void A_movement_equal_to_a_custom_tolerance_is_amber_right_and_just_beyond_it_is_not()
    {
        var key = new TrendKey(tolerancePoints: 2);
        var satisfaction = Measure("Satisfaction", DirectionOfGood.Higher, MeasureUnit.Percentage);
        var within = key.Judge(satisfaction, Change(95, 93));
        Assert.Equal((TrendKeyArrow.Right, RagStatus.Amber), (within.Arrow, within.Rag));
        Assert.Equal("Satisfaction moved from 95% to 93%, a change of 2 percentage points, within the tolerance of 2 percentage points: amber, no real change.", within.Reason);
        var beyond = key.Judge(satisfaction, Change(95, 92.9m));
        Assert.Equal((TrendKeyArrow.Down, RagStatus.Red), (beyond.Arrow, beyond.Rag));
        Assert.Equal("Satisfaction moved from 95% to 92.9%, a change of 2.1 percentage points, more than the tolerance of 2 percentage points (higher is better): red down arrow, a fall in performance.", beyond.Reason);
    }

    [Fact]
    public void A_custom_relative_tolerance_moves_the_boundary()
    {
        // 10% of 200 is 20: 220 is on the boundary, 220.01 beyond it.
        var key = new TrendKey(tolerancePercent: 10);
        var crime = Measure("Crime", DirectionOfGood.Lower);
        Assert.Equal(RagStatus.Amber, key.Judge(crime, Change(200, 220)).Rag);
        Assert.Equal(RagStatus.Red, key.Judge(crime, Change(200, 220.01m)).Rag);
    }

    [Fact]
    public void From_an_earlier_figure_of_zero_only_no_change_is_within_tolerance()
    {
        var crime = Measure("Crime", DirectionOfGood.Lower);
        Assert.Equal((TrendKeyArrow.Right, RagStatus.Amber), Pair(TrendKey.Default.Judge(crime, Change(0, 0))));
        var rise = TrendKey.Default.Judge(crime, Change(0, 3));
        Assert.Equal((TrendKeyArrow.Up, RagStatus.Red), Pair(rise));
        Assert.Equal("Crime moved from 0 to 3, a change of 3 from zero, more than the tolerance of 5% of the earlier figure (lower is better): red up arrow, an increasing trend which is negative.", rise.Reason);
    }

    [Fact]
    public void A_change_just_beyond_the_tolerance_is_not_shown_as_equal_to_it()
    {
        // 100,000 to 105,001: 5,001 / 100,000 = 5.001%, just beyond 5%.
        var count = TrendKey.Default.Judge(Measure("Calls", DirectionOfGood.Higher), Change(100000, 105001));
        Assert.Equal("Calls moved from 100,000 to 105,001, a change of 5,001 (5.001% of the earlier figure), more than the tolerance of 5% of the earlier figure (higher is better): green up arrow, an improvement.", count.Reason);
        // 80 to 81.001 is 1.001 points, beyond the 1 point.
        var rate = TrendKey.Default.Judge(Measure("Satisfaction", DirectionOfGood.Higher, MeasureUnit.Percentage), Change(80, 81.001m));
        Assert.Contains("a change of 1.001 percentage points, more than the tolerance of 1 percentage point", rate.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Nhp_default_tolerances_are_five_percent_and_one_point()
    {
        Assert.Equal((5m, 1m), (TrendKey.Default.TolerancePercent, TrendKey.Default.TolerancePoints));
        Assert.Equal((5m, 1m), (TrendKey.DefaultTolerancePercent, TrendKey.DefaultTolerancePoints));
    }

    // Rule 4: significance.
    [Fact]
    public void When_spc_finds_only_common_cause_then_even_a_large_change_is_amber_right()
    {
        var spc = SpcAnalysis.Analyse([10.0, 30, 10, 30, 10, 30], new SpcOptions(SpcMethod.Nhs));
        Assert.False(spc.IsSignificant);
        var judgement = TrendKey.Default.Judge(Catalogued("asb"), Change(10, 30), spc);
        Assert.Equal((TrendKeyArrow.Right, RagStatus.Amber), Pair(judgement));
        Assert.Equal("Anti-social behaviour moved from 10 to 30, a change of 20 (200% of the earlier figure), but it is not a significant change (The latest point shows common-cause variation only): amber, within normal variation.", judgement.Reason);
    }

    [Fact]
    public void When_the_statistics_say_a_large_movement_is_a_signal_then_the_arrow_is_coloured_and_says_why()
    {
        var signal = TrendKey.Default.Judge(Catalogued("violent-crime"), Change(368, 447), new Fixed(true));
        Assert.Equal((TrendKeyArrow.Up, RagStatus.Red), Pair(signal));
        Assert.EndsWith("an increasing trend which is negative. The latest point is a special cause: outside the limits.", signal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_within_tolerance_is_amber_even_when_the_statistics_call_it_a_signal()
    {
        var judgement = TrendKey.Default.Judge(Catalogued("asb"), Change(100, 104), new Fixed(true));
        Assert.Equal((TrendKeyArrow.Right, RagStatus.Amber), Pair(judgement));
    }

    // Rule 5: the arrow follows the movement, the colour the direction of good.
    [Theory]
    [InlineData(DirectionOfGood.Higher, 80, 90, TrendKeyArrow.Up, RagStatus.Green)] // improvement
    [InlineData(DirectionOfGood.Lower, 447, 368, TrendKeyArrow.Down, RagStatus.Green)] // decreasing trend which is positive
    [InlineData(DirectionOfGood.Lower, 368, 447, TrendKeyArrow.Up, RagStatus.Red)] // increasing trend which is negative
    [InlineData(DirectionOfGood.Higher, 1625, 1196, TrendKeyArrow.Down, RagStatus.Red)] // fall in performance
    public void The_arrow_follows_the_movement_and_the_colour_follows_the_direction_of_good(DirectionOfGood good, int from, int to, TrendKeyArrow arrow, RagStatus rag)
    {
        var judgement = TrendKey.Default.Judge(Measure("Measure", good), Change(from, to));
        Assert.Equal((arrow, rag), Pair(judgement));
    }

    [Fact]
    public void When_violent_crime_rises_from_368_to_447_the_arrow_is_red_up_with_the_change_against_the_earlier_figure()
    {
        // 447 - 368 = 79; 79 / 368 = 21.467...%, shown to two decimals.
        var judgement = TrendKey.Default.Judge(Catalogued("violent-crime"), Change(368, 447));
        Assert.Equal((TrendKeyArrow.Up, RagStatus.Red), Pair(judgement));
        Assert.Equal("Violent crime moved from 368 to 447, a change of 79 (21.47% of the earlier figure), more than the tolerance of 5% of the earlier figure (lower is better): red up arrow, an increasing trend which is negative.", judgement.Reason);
        Assert.Equal("A red upwards arrow suggests an increasing trend that is negative.", judgement.KeyText);
        Assert.Equal("\u2191", judgement.Symbol);
    }

    [Fact]
    public void When_violent_crime_falls_beyond_tolerance_then_the_arrow_is_green_and_down()
    {
        var judgement = TrendKey.Default.Judge(Catalogued("violent-crime"), Change(447, 368));
        Assert.Equal((TrendKeyArrow.Down, RagStatus.Green), Pair(judgement));
        Assert.Equal("A green arrow pointing down means a decreasing trend which is positive.", judgement.KeyText);
    }

    [Fact]
    public void When_fraud_outcomes_fall_then_the_arrow_is_red_and_down()
    {
        var judgement = TrendKey.Default.Judge(Catalogued("fraud-judicial-outcomes"), Change(1614, 1196));
        Assert.Equal((TrendKeyArrow.Down, RagStatus.Red), Pair(judgement));
        Assert.Equal("A red downward arrow suggests a decrease in performance.", judgement.KeyText);
        Assert.Equal("\u2193", judgement.Symbol);
    }

    [Theory]
    [InlineData(TrendKeyArrow.Up, RagStatus.Green, "\u2191", "A green upwards arrow suggests improvement in the direction of travel.")]
    [InlineData(TrendKeyArrow.Right, RagStatus.Green, "\u2192", "A green arrow pointing right is used for consistent performance at 100%.")]
    [InlineData(TrendKeyArrow.Down, RagStatus.Green, "\u2193", "A green arrow pointing down means a decreasing trend which is positive.")]
    [InlineData(TrendKeyArrow.Right, RagStatus.Amber, "\u2192", "Amber means there has been limited increases or decreases within tolerance level.")]
    [InlineData(TrendKeyArrow.Up, RagStatus.Red, "\u2191", "A red upwards arrow suggests an increasing trend that is negative.")]
    [InlineData(TrendKeyArrow.Down, RagStatus.Red, "\u2193", "A red downward arrow suggests a decrease in performance.")]
    public void Each_arrow_of_the_key_has_the_paper_wording_and_a_symbol(TrendKeyArrow arrow, RagStatus rag, string symbol, string wording)
    {
        Assert.Equal((symbol, wording), (TrendKey.Symbol(arrow), TrendKey.KeyText(arrow, rag)));
        var judgement = new TrendJudgement(arrow, rag, "Reason.");
        Assert.Equal((symbol, wording), (judgement.Symbol, judgement.KeyText));
    }

    [Fact]
    public void A_negative_tolerance_or_a_missing_measure_or_change_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TrendKey(tolerancePercent: -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TrendKey(tolerancePoints: -0.01m));
        Assert.Throws<ArgumentNullException>(() => TrendKey.Default.Judge(null!, Change(1, 2)));
        Assert.Throws<ArgumentNullException>(() => TrendKey.Default.Judge(Catalogued("asb"), null!));
    }

    private static (TrendKeyArrow, RagStatus) Pair(TrendJudgement judgement) => (judgement.Arrow, judgement.Rag);
}
