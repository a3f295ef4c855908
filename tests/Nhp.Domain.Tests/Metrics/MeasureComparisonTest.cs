using CsCheck;
using Nhp.Delivery;
using Nhp.Metrics;
using Nhp.Periods;
using Nhp.Rag;

namespace Nhp.Domain.Tests.Metrics;

/// <summary>Comparisons as data: their text form, their bases, and the trend arrow and RAG tolerances a measure carries.</summary>
public class MeasureComparisonTest
{
    private static readonly FinancialQuarter Q4Last = FinancialQuarter.Parse("Q4 2022/23");
    private static readonly FinancialQuarter Q1 = FinancialQuarter.Parse("Q1 2023/24");
    private static readonly FinancialQuarter Q2 = FinancialQuarter.Parse("Q2 2023/24");
    private static readonly FinancialQuarter Q3 = FinancialQuarter.Parse("Q3 2023/24");

    private static MeasureDefinition Measure(MeasureUnit unit = MeasureUnit.Count, DirectionOfGood direction = DirectionOfGood.Lower) =>
        new("m", "Measure", "The measure", "Definition.", "Rule.", unit, direction, MeasureFrequency.Quarterly, "Priority", "Source");

    private static MeasureSeries Series(MeasureDefinition measure, params decimal[] values) =>
        new(measure, values.Select((v, i) => new QuarterlyObservation(new[] { Q4Last, Q1, Q2, Q3 }[i], v)));

    [Theory]
    [InlineData("previous-quarter")]
    [InlineData("year-on-year")]
    [InlineData("average")]
    [InlineData("average Q4 2022/23 to Q1 2023/24")]
    [InlineData("average since Q4 2022/23")]
    [InlineData("benchmark")]
    [InlineData("since Q1 2023/24")]
    [InlineData("peak")]
    [InlineData("peak Q2 2022/23")]
    [InlineData("average-change-per-quarter")]
    [InlineData("average-change-per-quarter since Q3 2022/23")]
    [InlineData("year-to-date")]
    public void Each_text_form_parses_and_writes_back_as_itself(string text) => Assert.Equal(text, MeasureComparison.Parse(text).ToString());

    [Fact]
    public void The_paper_s_quarter_spellings_are_read_and_written_canonically() =>
        Assert.Equal("since Q1 2023/24", MeasureComparison.Parse("since Q1 23/24").ToString());

    [Theory]
    [InlineData("")]
    [InlineData("since")]
    [InlineData("since Q5 2023/24")]
    [InlineData("previous quarter")]
    [InlineData("average Q2 2023/24 to Q1 2023/24")]
    public void Text_that_is_not_a_comparison_is_refused_with_the_accepted_forms(string text)
    {
        var error = Assert.Throws<NhpInputException>(() => MeasureComparison.Parse(text));
        Assert.Contains("since Q1 2023/24", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Any_comparison_written_then_read_is_equal()
    {
        var quarter = Gen.Int[2015, 2030].SelectMany(y => Gen.Int[1, 4].Select(q => new FinancialQuarter(new FinancialYear(y), q)));
        Gen.Select(Gen.Enum<ChangeKind>(), quarter, quarter)
            .Select(t => t.Item1 switch
            {
                ChangeKind.AgainstAverage => new MeasureComparison(t.Item1) { From = t.Item2 < t.Item3 ? t.Item2 : t.Item3, To = t.Item2 < t.Item3 ? t.Item3 : t.Item2 },
                ChangeKind.SinceQuarter or ChangeKind.SincePeak or ChangeKind.AverageChangePerQuarter => new MeasureComparison(t.Item1) { From = t.Item2 },
                _ => new MeasureComparison(t.Item1),
            })
            .Sample(c => Assert.Equal(c, MeasureComparison.Parse(c.ToString())));
    }

    [Fact]
    public void The_peak_without_a_stated_quarter_is_the_highest_earlier_figure()
    {
        // 413, 428, 371, 409: the highest before Q3 is Q1's 428; 409 - 428 = -19.
        var change = Series(Measure(), 413, 428, 371, 409).Compare(new MeasureComparison(ChangeKind.SincePeak), Q3)!;
        Assert.Equal((Q1, 428m, -19m), (change.BasePeriod!.Value, change.BaseValue, change.Difference));
        Assert.Contains("(change measured against Q1 2023/24, the peak)", ChangeNarrative.Describe(Measure(), change), StringComparison.Ordinal);
    }

    [Fact]
    public void The_average_of_a_stated_period_uses_only_its_quarters_and_names_them()
    {
        // Q4 2022/23 and Q1 2023/24: (269 + 263) / 2 = 266; 295 - 266 = +29; 29 / 266 = 10.9% -> 11%.
        var change = Series(Measure(), 269, 263, 295, 295).Compare(MeasureComparison.Parse("average Q4 2022/23 to Q1 2023/24"), Q3)!;
        Assert.Equal((266m, 29m, 11m, 2), (change.BaseValue, change.Difference, change.WholePercent!.Value, change.BasePeriodCount));
        Assert.Equal(
            "The measure in Q3 2023/24 was 11% (+29) above the average of Q4 2022/23 to Q1 2023/24 (2 quarters), 295 against 266 (change measured against that average).",
            ChangeNarrative.Describe(Measure(), change));
        Assert.Equal("+11% (+29)", ChangeNarrative.Brief(MeasureUnit.Count, change));
    }

    [Fact]
    public void The_average_change_per_quarter_of_a_percentage_measure_is_in_points_a_quarter()
    {
        // 81% -> 86% over 3 quarters: 5 / 3 = 1.67 points a quarter.
        var measure = Measure(MeasureUnit.Percentage, DirectionOfGood.Higher);
        var change = Series(measure, 81, 82, 83, 86).Compare(new MeasureComparison(ChangeKind.AverageChangePerQuarter), Q3)!;
        Assert.Equal("+1.67 pts a quarter", ChangeNarrative.Brief(MeasureUnit.Percentage, change));
        Assert.StartsWith("The measure rose on average by 1.67 percentage points a quarter over 3 quarters from Q4 2022/23 to Q3 2023/24", ChangeNarrative.Describe(measure, change), StringComparison.Ordinal);
    }

    [Fact]
    public void A_since_comparison_without_a_figure_for_its_quarter_gives_no_change()
    {
        Assert.Null(Series(Measure(), 413, 428, 371, 409).Compare(MeasureComparison.Since(FinancialQuarter.Parse("Q1 2022/23")), Q3));
        Assert.Null(Series(Measure(), 413, 428, 371, 409).Compare(new MeasureComparison(ChangeKind.SinceQuarter), Q3));
    }

    [Fact]
    public void The_trend_arrow_uses_the_comparison_the_measure_names()
    {
        // Previous quarter: 371 -> 409 is +10%, red up for lower-is-better. Since Q1: 428 -> 409 is -4.4%, within 5%: amber.
        var measure = Measure();
        Assert.Equal(RagStatus.Red, PerformanceRules.JudgeTrend(new MeasureCheck(Series(measure, 413, 428, 371, 409), Q3))!.Rag);
        var sinceQ1 = measure with { TrendComparison = MeasureComparison.Since(Q1) };
        var judgement = PerformanceRules.JudgeTrend(new MeasureCheck(Series(sinceQ1, 413, 428, 371, 409), Q3))!;
        Assert.Equal((TrendKeyArrow.Right, RagStatus.Amber), (judgement.Arrow, judgement.Rag));
        Assert.Contains("from 428 to 409", judgement.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_trend_tolerance_a_measure_carries_replaces_the_default()
    {
        // +10.24% is beyond the default 5% but within a stated 15%.
        var measure = Measure() with { TrendTolerance = 15m };
        var judgement = PerformanceRules.JudgeTrend(new MeasureCheck(Series(measure, 413, 428, 371, 409), Q3))!;
        Assert.Equal(RagStatus.Amber, judgement.Rag);
        Assert.Contains("15% of the earlier figure", judgement.Reason, StringComparison.Ordinal);
    }

    [Theory]
    // Target 95%, higher is better. 94.5% misses by 0.5 points: within the default 1 point (AMBER), beyond a stated 0 (RED);
    // 93% misses by 2 points: beyond the default (RED), within a stated 2.5 points (AMBER).
    [InlineData(94.5, null, TargetOutcome.WithinTolerance)]
    [InlineData(94.5, 0.0, TargetOutcome.Missed)]
    [InlineData(93.0, null, TargetOutcome.Missed)]
    [InlineData(93.0, 2.5, TargetOutcome.WithinTolerance)]
    [InlineData(96.0, 0.0, TargetOutcome.Met)]
    public void The_target_tolerance_a_measure_carries_replaces_the_default(double value, double? tolerance, TargetOutcome outcome)
    {
        var measure = Measure(MeasureUnit.Percentage, DirectionOfGood.Higher) with { Target = 95m, TargetTolerance = (decimal?)tolerance };
        var series = new MeasureSeries(measure, [new QuarterlyObservation(Q3, (decimal)value)]);
        Assert.Equal(outcome, PerformanceRules.JudgeTarget(new MeasureCheck(series, Q3))!.Outcome);
    }

    [Fact]
    public void Definitions_differing_only_in_a_tolerance_or_the_trend_comparison_are_not_equal()
    {
        var measure = Measure();
        Assert.NotEqual(measure, measure with { TargetTolerance = 2m });
        Assert.NotEqual(measure, measure with { TrendTolerance = 2m });
        Assert.NotEqual(measure, measure with { TrendComparison = MeasureComparison.YearOnYear });
        Assert.Equal(measure with { Comparisons = [MeasureComparison.Since(Q1)] }, measure with { Comparisons = [MeasureComparison.Parse("since Q1 23/24")] });
    }

    [Fact]
    public void The_year_to_date_sums_the_financial_year_s_quarters_against_the_same_quarters_a_year_earlier()
    {
        // Q1 to Q3 2023/24: 10 + 20 + 30 = 60; Q1 to Q3 2022/23: 5 + 15 + 20 = 40; 60 - 40 = +20, 20 / 40 = 50%.
        var quarters = new[] { "Q1 2022/23", "Q2 2022/23", "Q3 2022/23", "Q4 2022/23", "Q1 2023/24", "Q2 2023/24", "Q3 2023/24" }.Select(FinancialQuarter.Parse).ToArray();
        var values = new[] { 5m, 15m, 20m, 999m, 10m, 20m, 30m };
        var series = new MeasureSeries(Measure(), quarters.Zip(values, (q, v) => new QuarterlyObservation(q, v)));
        var change = series.Compare(MeasureComparison.YearToDate, Q3)!;
        Assert.Equal((ChangeKind.YearToDate, 40m, 60m, 20m, 50m, 3), (change.Kind, change.BaseValue, change.Value, change.Difference, change.WholePercent!.Value, change.BasePeriodCount));
        Assert.Equal(FinancialQuarter.Parse("Q3 2022/23"), change.BasePeriod);
        Assert.Equal(
            "The measure in the year to date, Q1 to Q3 2023/24, increased by 50% (+20) on the same quarters a year earlier, from 40 in Q1 to Q3 2022/23 to 60 (change measured against Q1 to Q3 2022/23, the earlier figure).",
            ChangeNarrative.Describe(series.Measure, change));
    }

    [Fact]
    public void The_year_to_date_takes_a_quoted_total_where_the_table_lacks_a_quarter_and_is_null_without_one()
    {
        // The table has Q4 2022/23 to Q3 2023/24 only: this year's total is 428 + 371 + 409 = 1,208; last year's needs a quoted total.
        var series = Series(Measure(), 413, 428, 371, 409);
        Assert.Null(series.Compare(MeasureComparison.YearToDate, Q3));
        var quoted = series with { ReferenceTotals = [new PeriodTotal(FinancialQuarter.Parse("Q1 2022/23"), FinancialQuarter.Parse("Q3 2022/23"), 1_300m, "1,300")] };
        var change = quoted.Compare(MeasureComparison.YearToDate, Q3)!;
        Assert.Equal((1_300m, 1_208m, -92m), (change.BaseValue, change.Value, change.Difference));
        // A total quoted for a span the table covers does not replace the table's own sum.
        var disagreeing = quoted with { ReferenceTotals = [.. quoted.ReferenceTotals, new PeriodTotal(Q1, Q3, 5_000m)] };
        Assert.Equal(1_208m, disagreeing.Total(Q1, Q3));
    }

    [Theory]
    [InlineData(MeasureUnit.Percentage)]
    [InlineData(MeasureUnit.Rate)]
    [InlineData(MeasureUnit.Score)]
    public void Quarters_of_a_percentage_rate_or_score_are_not_added_up_into_a_year_to_date(MeasureUnit unit)
    {
        var quarters = new[] { "Q1 2022/23", "Q2 2022/23", "Q3 2022/23", "Q4 2022/23", "Q1 2023/24", "Q2 2023/24", "Q3 2023/24" }.Select(FinancialQuarter.Parse);
        var series = new MeasureSeries(Measure(unit), quarters.Select(q => new QuarterlyObservation(q, 50m)));
        Assert.Null(series.Compare(MeasureComparison.YearToDate, Q3));
    }
}
