using Nhp.Delivery;
using Nhp.Metrics;
using Nhp.Periods;
using Nhp.Rag;

namespace Nhp.Datasets.CityOfLondon.Tests.Metrics;

/// <summary>
/// Every figure and every comparison of the Q3 2023/24 performance paper, checked against the seed's printed numbers
/// with the arithmetic written out beside each.
/// </summary>
public class PaperComparisonsTest
{
    private static readonly FinancialQuarter Q3 = FinancialQuarter.Parse("Q3 2023/24");

    private static MeasureSeries Series(string id) => MeasureCatalogue.PolicingPlan2023To24.Single(s => s.Measure.Id == id);

    private static PrintedChange Printed(string id, string comparison) =>
        MeasureCatalogue.PolicingPlanPrintedChanges.Single(p => p.MeasureId == id && p.Comparison == MeasureComparison.Parse(comparison));

    [Theory]
    // The tables of the paper, Q4 2022/23 to Q3 2023/24, as printed.
    [InlineData("neighbourhood-crime", "413", "428", "371", "409")]
    [InlineData("violent-crime", "357", "353", "368", "447")]
    [InlineData("vawg", "148", "148", "152", "159")]
    [InlineData("positive-outcome-rate", "17%", "18%", "21%", "21%")]
    [InlineData("crimes-recorded", "1323", "1413", "1586", "1816")]
    [InlineData("asb", "269", "263", "295", "295")]
    [InlineData("fraud-judicial-outcomes", "1,101", "1,562", "1,614", "1,196")]
    [InlineData("ecca-delegates", "545", "272", "129", "207")]
    [InlineData("action-fraud-telephone-satisfaction", "95%", "95.5%", "96%", "96%")]
    [InlineData("action-fraud-online-satisfaction", "81%", "82%", "83%", "86%")]
    public void Every_figure_of_the_paper_s_tables_is_in_the_set_as_printed(string id, string q4, string q1, string q2, string q3) =>
        Assert.Equal([q4, q1, q2, q3], Series(id).Observations.Select(o => o.AsPrinted));

    [Theory]
    // Figures the paper gives in its text only.
    [InlineData("public-feel-safe", "86%")]
    [InlineData("public-confidence", "78%")]
    [InlineData("workforce-ethnic-minority-joiners", "27%")]
    [InlineData("financial-outturn", "break-even (£101m)")]
    public void The_figures_the_paper_gives_only_in_its_text_are_in_the_set(string id, string printed) =>
        Assert.Equal(printed, Assert.Single(Series(id).Observations).AsPrinted);

    [Theory]
    // Hate crime and victim satisfaction: the paper prints changes but no figures.
    [InlineData("hate-crime")]
    [InlineData("victim-satisfaction")]
    public void The_measures_the_paper_gives_no_figures_for_have_none_and_keep_the_printed_changes(string id)
    {
        Assert.Empty(Series(id).Observations);
        Assert.Contains(MeasureCatalogue.PolicingPlanPrintedChanges, p => p.MeasureId == id);
    }

    [Fact]
    public void Neighbourhood_crime_since_Q1_is_computed_against_Q1_and_the_paper_s_4_percent_agrees()
    {
        // 428 -> 409: -19; 19 / 428 = 4.44% -> 4%: "a decrease of 4% (-19) since Q1 23/24".
        var change = Series("neighbourhood-crime").Compare(MeasureComparison.Parse("since Q1 2023/24"), Q3)!;
        Assert.Equal((ChangeKind.SinceQuarter, 428m, -19m, 4m), (change.Kind, change.BaseValue, change.Difference, change.WholePercent!.Value));
        Assert.Equal(PrintedPercentCheck.Agrees, Printed("neighbourhood-crime", "since Q1 2023/24").Check(change));
        Assert.Contains(change, Series("neighbourhood-crime").PaperComparisons(Q3));
    }

    [Fact]
    public void Neighbourhood_crime_since_the_Q2_22_23_peak_has_no_base_in_the_table_so_the_printed_difference_implies_489()
    {
        // Q2 2022/23 is not in the table. 409 - (-80) = 489; 80 / 489 = 16.36% -> 16%: the paper's "16% (-80)" agrees.
        Assert.Null(Series("neighbourhood-crime").Compare(MeasureComparison.Parse("peak Q2 2022/23"), Q3));
        var printed = Printed("neighbourhood-crime", "peak Q2 2022/23");
        var implied = printed.ImpliedChange(409m)!;
        Assert.Equal((489m, FinancialQuarter.Parse("Q2 2022/23"), 16m), (implied.BaseValue, implied.BasePeriod!.Value, implied.WholePercent!.Value));
        Assert.Equal(PrintedPercentCheck.Agrees, printed.Check(implied));
    }

    [Fact]
    public void Neighbourhood_crime_from_Q2_to_Q3_is_10_percent_and_the_paper_s_9_is_a_share_of_the_later_figure()
    {
        // 371 -> 409: +38; 38 / 371 = 10.24% -> 10%; the paper's 9% is 38 / 409 = 9.29%.
        var change = Series("neighbourhood-crime").PeriodOnPeriod(Q3)!;
        Assert.Equal(10m, change.WholePercent);
        Assert.Equal(PrintedPercentCheck.ShareOfLaterFigure, Printed("neighbourhood-crime", "previous-quarter").Check(change));
    }

    [Fact]
    public void Violent_crime_year_on_year_has_no_Q3_22_23_figure_and_the_implied_base_of_325_gives_38_not_the_printed_37()
    {
        // 447 - 122 = 325; 122 / 325 = 37.54% -> 38%; as a share of 447 it is 27.29%. The paper's 37% is 37.54% cut,
        // not rounded.
        Assert.Null(Series("violent-crime").YearOnYear(Q3));
        var printed = Printed("violent-crime", "year-on-year");
        var implied = printed.ImpliedChange(447m)!;
        Assert.Equal((325m, 38m), (implied.BaseValue, implied.WholePercent!.Value));
        Assert.Equal(PrintedPercentCheck.Truncated, printed.Check(implied));
    }

    [Fact]
    public void Vawg_average_quarterly_increase_is_measured_from_the_first_quarter_the_table_gives_and_named_so()
    {
        // The paper: "Since Q3 22/23 ... an average quarterly increase of 3% (+4)". The table starts at Q4 2022/23:
        // 148 -> 159 over 3 quarters is 11 / 3 = 3.67 a quarter, 3.67 / 148 = 2.48% -> 2%.
        var series = Series("vawg");
        var change = series.Compare(MeasureComparison.Parse("average-change-per-quarter since Q3 2022/23"), Q3)!;
        Assert.Equal((FinancialQuarter.Parse("Q4 2022/23"), 148m, 3, 2m), (change.BasePeriod!.Value, change.BaseValue, change.BasePeriodCount, change.WholePercent!.Value));
        Assert.Equal(3.67m, Math.Round(change.Step, 2));
        Assert.Equal(PrintedPercentCheck.DoesNotMatch, Printed("vawg", "average-change-per-quarter since Q3 2022/23").Check(change));
        var sentence = ChangeNarrative.Describe(series.Measure, change);
        Assert.Contains("rose on average by 3.67 a quarter (2% of the Q4 2022/23 figure) over 3 quarters from Q4 2022/23 to Q3 2023/24, from 148 to 159.", sentence, StringComparison.Ordinal);
        Assert.Contains("The comparison starts at Q3 2022/23, which has no figure here, so it is measured from Q4 2022/23", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Asb_s_printed_difference_implies_an_average_of_327_against_which_its_10_percent_agrees()
    {
        // 295 - (-32) = 327; 32 / 327 = 9.79% -> 10%.
        var implied = Printed("asb", "average").ImpliedChange(295m)!;
        Assert.Equal((327m, 10m), (implied.BaseValue, implied.WholePercent!.Value));
        Assert.Equal(PrintedPercentCheck.Agrees, Printed("asb", "average").Check(implied));
    }

    [Theory]
    // ECCA delegates: 129 -> 207 is +78, 78 / 129 = 60.47% -> 60%; 420 -> 207 is -213, 213 / 420 = 50.71% -> 51%.
    [InlineData("previous-quarter", 129, 78, 60)]
    [InlineData("year-on-year", 420, -213, 51)]
    public void Ecca_delegates_changes_agree_with_the_paper(string comparison, int baseValue, int difference, int percent)
    {
        var change = Series("ecca-delegates").Compare(MeasureComparison.Parse(comparison), Q3)!;
        Assert.Equal((baseValue, difference, percent), ((int)change.BaseValue, (int)change.Difference, (int)change.WholePercent!.Value));
        Assert.Equal(PrintedPercentCheck.Agrees, Printed("ecca-delegates", comparison).Check(change));
    }

    [Fact]
    public void The_fraud_trend_arrow_uses_the_year_on_year_comparison_the_data_names()
    {
        // 1,625 -> 1,196: -26%, more than the 5% tolerance, and higher is better: red down.
        var series = Series("fraud-judicial-outcomes");
        Assert.Equal(MeasureComparison.YearOnYear, series.Measure.TrendComparison);
        var trend = PerformanceRules.JudgeTrend(new MeasureCheck(series, Q3))!;
        Assert.Equal((TrendKeyArrow.Down, RagStatus.Red), (trend.Arrow, trend.Rag));
        Assert.Contains("from 1,625 to 1,196", trend.Reason, StringComparison.Ordinal);
        Assert.All(MeasureCatalogue.PolicingPlan2023To24.Where(s => s.Measure.Id != series.Measure.Id), s => Assert.Equal(MeasureComparison.PreviousQuarter, s.Measure.TrendComparison));
    }

    [Fact]
    public void Every_printed_difference_is_the_one_in_the_printed_sentence()
    {
        foreach (var printed in MeasureCatalogue.PolicingPlanPrintedChanges.Where(p => p.PrintedDifference is not null))
        {
            // In brackets with its sign ("26% (-429)"), or in words after the percentage ("7% or 379 judicial outcomes below").
            var d = printed.PrintedDifference!.Value;
            var size = Math.Abs(d).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(
                printed.Text.Contains("(" + (d > 0 ? "+" : "-") + size + ")", StringComparison.Ordinal) ||
                printed.Text.Contains($"{printed.PrintedPercent}% or {size} ", StringComparison.Ordinal),
                $"The printed difference {d} is not in: {printed.Text}");
        }
    }

    [Fact]
    public void Fraud_outcomes_year_to_date_are_4372_against_the_quoted_4751_a_fall_of_8_percent_where_the_paper_cut_it_to_7()
    {
        // The paper: "nationally we produced 4,372 judicial outcomes, however this is only 7% or 379 judicial outcomes
        // below the 4,751 YTD recorded for the prior year period". Q1 to Q3 2023/24 from the table: 1,562 + 1,614 +
        // 1,196 = 4,372, as quoted. 4,372 - 4,751 = -379; 379 / 4,751 = 7.98%, so 8%, and 7% is 7.98% cut.
        var series = Series("fraud-judicial-outcomes");
        var change = series.Compare(MeasureComparison.YearToDate, Q3)!;
        Assert.Equal((4_751m, 4_372m, -379m, 8m), (change.BaseValue, change.Value, change.Difference, change.WholePercent!.Value));
        Assert.Contains(change, series.PaperComparisons(Q3));
        Assert.Equal(PrintedPercentCheck.Truncated, Printed("fraud-judicial-outcomes", "year-to-date").Check(change));
    }
}
