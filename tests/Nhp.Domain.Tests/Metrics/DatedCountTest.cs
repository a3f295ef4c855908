using Nhp.Metrics;
using NodaTime;

namespace Nhp.Domain.Tests.Metrics;

/// <summary>Figures over a stated span of dates: their rate per month, how two compare, and a series of them.</summary>
public sealed class DatedCountTest
{
    private static readonly LocalDate Since = new(2020, 10, 5);

    private static DatedCount Count(decimal value, int year, int month, int day, LocalDate? since = null) =>
        new() { Value = value, Since = since, AsOf = new LocalDate(year, month, day) };

    private static MeasureDefinition Measure => new(
        "stop-and-searches", "Stop and searches", "Stop and searches", "Stops and searches under local tasking.", "As counted.",
        MeasureUnit.Count, DirectionOfGood.Neutral, MeasureFrequency.Irregular, "Sector model", "Sector model");

    [Fact]
    public void The_days_counted_include_the_first_and_the_last()
    {
        // 5 October 2020 to 22 June 2021: 27 + 30 + 31 + 31 + 28 + 31 + 30 + 31 + 22 = 261 days.
        Assert.Equal(261, Count(294, 2021, 6, 22, Since).Days);
        Assert.Equal(1, Count(3, 2021, 6, 22, new LocalDate(2021, 6, 22)).Days);
    }

    [Fact]
    public void The_rate_per_month_is_the_count_over_average_months()
    {
        // 294 × 30.436875 / 261 = 34.286 → 34.3; 153 × 30.436875 / 261 = 17.842 → 17.8.
        Assert.Equal(34.3m, Count(294, 2021, 6, 22, Since).PerMonth);
        Assert.Equal(17.8m, Count(153, 2021, 6, 22, Since).PerMonth);
    }

    [Fact]
    public void A_figure_at_a_date_has_no_period_and_no_rate()
    {
        var inCourt = Count(8, 2021, 6, 22);
        Assert.Null(inCourt.Days);
        Assert.Null(inCourt.PerMonth);
        Assert.Equal("at 22 June 2021", inCourt.PeriodText);
        Assert.Equal("5 October 2020 to 22 June 2021", Count(294, 2021, 6, 22, Since).PeriodText);
    }

    [Fact]
    public void A_start_after_the_date_gives_no_period()
    {
        var reversed = Count(5, 2020, 1, 1, Since);
        Assert.Null(reversed.Days);
        Assert.Null(reversed.PerMonth);
    }

    [Fact]
    public void Two_running_totals_from_the_same_start_give_what_was_added_between_them()
    {
        // 294 to 22 June 2021, 410 to 30 September 2021: 116 more from 23 June, over 8 + 31 + 31 + 30 = 100 days,
        // 116 × 30.436875 / 100 = 35.3 a month against 34.3 before: (35.3 − 34.3) / 34.3 = +2.9%.
        var change = new DatedChange(Count(294, 2021, 6, 22, Since), Count(410, 2021, 9, 30, Since));
        Assert.True(change.IsRunningTotal);
        Assert.Equal(116m, change.Difference);
        var added = change.Added!;
        Assert.Equal((116m, new LocalDate(2021, 6, 23), new LocalDate(2021, 9, 30), 100), (added.Value, added.Since!.Value, added.AsOf, added.Days!.Value));
        Assert.Equal(35.3m, added.PerMonth);
        Assert.Equal(2.915m, Math.Round(change.PerMonthPercent!.Value, 3));
        Assert.Equal(100, change.DaysBetween);
    }

    [Fact]
    public void Figures_over_different_periods_compare_by_their_rates()
    {
        // 60 in the 30 days of April 2021 (60.9 a month), 45 in the 31 days of May (44.2): −27.4%.
        var change = new DatedChange(Count(60, 2021, 4, 30, new LocalDate(2021, 4, 1)), Count(45, 2021, 5, 31, new LocalDate(2021, 5, 1)));
        Assert.False(change.IsRunningTotal);
        Assert.Null(change.Added);
        Assert.Equal((60.9m, 44.2m), (change.Earlier.PerMonth!.Value, change.Later.PerMonth!.Value));
        Assert.Equal(-16.7m, change.PerMonthDifference);
        Assert.Equal(-27.42m, Math.Round(change.PerMonthPercent!.Value, 2));
    }

    [Fact]
    public void A_series_sorts_its_figures_by_date_and_compares_each_with_the_one_before()
    {
        var series = new DatedSeries(Measure, [Count(410, 2021, 9, 30, Since), Count(294, 2021, 6, 22, Since), Count(500, 2021, 12, 31, Since)]);
        Assert.Equal([294m, 410m, 500m], series.Counts.Select(c => c.Value));
        Assert.Equal(500m, series.Latest!.Value);
        Assert.Equal([116m, 90m], series.Changes().Select(c => c.Difference));
    }

    [Fact]
    public void A_series_refuses_two_figures_for_the_same_period()
    {
        var error = Assert.Throws<ArgumentException>(() => new DatedSeries(Measure, [Count(294, 2021, 6, 22, Since), Count(295, 2021, 6, 22, Since)]));
        Assert.Contains("5 October 2020 to 22 June 2021", error.Message, StringComparison.Ordinal);
        Assert.Empty(new DatedSeries(Measure, [Count(294, 2021, 6, 22, Since)]).Changes());
    }
}
