using Nhp.Datasets.CityOfLondon;
using Nhp.Metrics;
using Nhp.Periods;

namespace Nhp.Domain.Tests.Metrics;

/// <summary>
/// The narrative arithmetic on the seed's quarterly series ("Q3 Policing Plan Performance 2023-24"). Every percentage
/// is worked by hand against the earlier value; where the paper divided by the later value the expected sentence
/// differs from the paper on purpose.
/// </summary>
public class ChangeNarrativeTest
{
    private static readonly FinancialQuarter Q3 = FinancialQuarter.Parse("Q3 2023/24");

    private static MeasureSeries Seed(string id) => MeasureCatalogue.PolicingPlan2023To24.Single(s => s.Measure.Id == id);

    [Theory]
    // 368 -> 447: +79, 79/368 = 21.47% -> 21% (the paper printed 18%, which is 79/447).
    [InlineData("violent-crime", "Violent crime increased by 21% (+79) from Q2 to Q3 2023/24, from 368 to 447 (change measured against Q2 2023/24, the earlier figure).")]
    // 371 -> 409: +38, 38/371 = 10.24% -> 10% (the paper printed 9%, which is 38/409).
    [InlineData("neighbourhood-crime", "Neighbourhood crime increased by 10% (+38) from Q2 to Q3 2023/24, from 371 to 409 (change measured against Q2 2023/24, the earlier figure).")]
    // 152 -> 159: +7, 7/152 = 4.61% -> 5% (the paper printed 4%, which is 7/159).
    [InlineData("vawg", "Violence against women and girls increased by 5% (+7) from Q2 to Q3 2023/24, from 152 to 159 (change measured against Q2 2023/24, the earlier figure).")]
    // 1,614 -> 1,196: -418, 418/1614 = 25.90% -> 26%.
    [InlineData("fraud-judicial-outcomes", "National fraud judicial outcomes decreased by 26% (-418) from Q2 to Q3 2023/24, from 1,614 to 1,196 (change measured against Q2 2023/24, the earlier figure).")]
    // 129 -> 207: +78, 78/129 = 60.47% -> 60% (the paper agrees).
    [InlineData("ecca-delegates", "Economic and Cyber Crime Academy delegate numbers increased by 60% (+78) from Q2 to Q3 2023/24, from 129 to 207 (change measured against Q2 2023/24, the earlier figure).")]
    // 1,586 -> 1,816: +230, 230/1586 = 14.50% -> 15% (14.502, rounds up).
    [InlineData("crimes-recorded", "Crimes recorded increased by 15% (+230) from Q2 to Q3 2023/24, from 1,586 to 1,816 (change measured against Q2 2023/24, the earlier figure).")]
    [InlineData("asb", "Anti-social behaviour was unchanged at 295 from Q2 to Q3 2023/24.")]
    [InlineData("positive-outcome-rate", "The positive outcome rate was unchanged at 21% from Q2 to Q3 2023/24.")]
    // 83% -> 86%: a percentage measure moves in percentage points.
    [InlineData("action-fraud-online-satisfaction", "Action Fraud online satisfaction rose by 3 percentage points from Q2 to Q3 2023/24, from 83% to 86%.")]
    public void On_the_seed_series_the_quarter_on_quarter_narrative_uses_the_earlier_value_as_its_base(string id, string expected)
    {
        var series = Seed(id);
        var change = series.PeriodOnPeriod(Q3)!;
        Assert.Equal(expected, ChangeNarrative.Describe(series.Measure, change));
    }

    [Fact]
    public void The_change_is_exact_and_its_percentage_is_of_the_base()
    {
        var change = Seed("violent-crime").PeriodOnPeriod(Q3)!;
        Assert.Equal(368m, change.BaseValue);
        Assert.Equal(79m, change.Difference);
        Assert.Equal(79m / 368m * 100m, change.Percent);
        Assert.Equal(FinancialQuarter.Parse("Q2 2023/24"), change.BasePeriod);
    }

    [Fact]
    public void Across_a_year_boundary_both_years_are_named()
    {
        // Q4 2022/23 413 -> Q1 2023/24 428: +15, 15/413 = 3.63% -> 4%.
        var series = Seed("neighbourhood-crime");
        var text = ChangeNarrative.Describe(series.Measure, series.PeriodOnPeriod(FinancialQuarter.Parse("Q1 2023/24"))!);
        Assert.Equal("Neighbourhood crime increased by 4% (+15) from Q4 2022/23 to Q1 2023/24, from 413 to 428 (change measured against Q4 2022/23, the earlier figure).", text);
    }

    [Fact]
    public void Against_the_average_the_base_is_the_mean_of_the_earlier_quarters()
    {
        // ASB Q4..Q2: 269, 263, 295, average 827/3 = 275.67; Q3 295 is +19.33, 19.33/275.67 = 7.01% -> 7%.
        var series = Seed("asb");
        var change = series.AgainstAverage(Q3)!;
        Assert.Equal(3, change.BasePeriodCount);
        Assert.Equal("Anti-social behaviour in Q3 2023/24 was 7% (+19.33) above the average of the previous 3 quarters, 295 against 275.67 (change measured against that average).", ChangeNarrative.Describe(series.Measure, change));
    }

    [Fact]
    public void When_last_year_is_not_in_the_series_then_there_is_no_year_on_year_change() =>
        Assert.Null(Seed("violent-crime").YearOnYear(Q3));

    [Fact]
    public void When_a_quarter_is_missing_then_there_is_no_change_rather_than_a_change_from_zero()
    {
        var measure = Seed("asb").Measure;
        var series = new MeasureSeries(measure, [
            new QuarterlyObservation(FinancialQuarter.Parse("Q1 2023/24"), 10),
            new QuarterlyObservation(FinancialQuarter.Parse("Q2 2023/24"), null),
            new QuarterlyObservation(Q3, 12),
        ]);
        Assert.Null(series.PeriodOnPeriod(Q3));
    }

    [Fact]
    public void When_the_earlier_value_is_zero_then_no_percentage_is_invented()
    {
        var measure = Seed("asb").Measure;
        var change = new Change(ChangeKind.PeriodOnPeriod, FinancialQuarter.Parse("Q2 2023/24"), 0, Q3, 5);
        Assert.Null(change.Percent);
        Assert.Equal("Anti-social behaviour increased by +5 (no percentage: the earlier figure was zero) from Q2 to Q3 2023/24, from 0 to 5 (change measured against Q2 2023/24, the earlier figure).", ChangeNarrative.Describe(measure, change));
    }

    [Fact]
    public void A_change_of_less_than_half_a_percent_is_not_rounded_to_zero()
    {
        var measure = Seed("asb").Measure;
        var change = new Change(ChangeKind.PeriodOnPeriod, FinancialQuarter.Parse("Q2 2023/24"), 1000, Q3, 1004);
        Assert.StartsWith("Anti-social behaviour increased by less than 1% (+4)", ChangeNarrative.Describe(measure, change), StringComparison.Ordinal);
    }
}
