using Nhp.Metrics;
using Nhp.Periods;

namespace Nhp.Domain.Tests.Metrics;

/// <summary>The paper's comparisons, each against its own base, and counts derived from a rate. Worked by hand beside each.</summary>
public class ComparisonsTest
{
    private static readonly FinancialQuarter Q3Last = FinancialQuarter.Parse("Q3 2022/23");
    private static readonly FinancialQuarter Q2 = FinancialQuarter.Parse("Q2 2023/24");
    private static readonly FinancialQuarter Q3 = FinancialQuarter.Parse("Q3 2023/24");

    private static MeasureDefinition Measure(params ChangeKind[] comparisons) => Measure([.. comparisons.Select(k => new MeasureComparison(k))]);

    private static MeasureDefinition Measure(IReadOnlyList<MeasureComparison> comparisons) =>
        new("m", "Measure", "The measure", "Definition.", "Rule.", MeasureUnit.Count, DirectionOfGood.Higher, MeasureFrequency.Quarterly, "Priority", "Source") { Comparisons = comparisons };

    [Fact]
    public void The_year_on_year_comparison_uses_a_figure_quoted_in_the_text_and_is_measured_against_it()
    {
        // Fraud outcomes: Q3 2022/23 1,625 (quoted in the text) -> Q3 2023/24 1,196: -429; 429 / 1,625 = 26.4% -> 26.
        var series = new MeasureSeries(Measure(ChangeKind.YearOnYear), [new(Q2, 1614m, "1,614"), new(Q3, 1196m, "1,196")])
        {
            ReferenceFigures = [new QuarterlyObservation(Q3Last, 1625m, "1,625")],
        };
        var change = Assert.Single(series.PaperComparisons(Q3));
        Assert.Equal((ChangeKind.YearOnYear, Q3Last, 1625m, -429m, 26m), (change.Kind, change.BasePeriod!.Value, change.BaseValue, change.Difference, change.WholePercent!.Value));
        Assert.Equal(2, series.Observations.Count);
    }

    [Fact]
    public void The_printed_year_on_year_fall_of_26_percent_agrees_with_the_change_against_the_earlier_figure()
    {
        var change = new Change(ChangeKind.YearOnYear, Q3Last, 1625m, Q3, 1196m);
        var printed = new PrintedChange("m", Q3, "down 26% (-429)", 26m) { Comparison = MeasureComparison.YearOnYear };
        Assert.Equal(PrintedPercentCheck.Agrees, printed.Check(change));
    }

    [Fact]
    public void The_benchmark_comparison_is_the_value_against_the_national_figure()
    {
        // 21% against 11.3%: +9.7 percentage points.
        var measure = Measure(ChangeKind.AgainstBenchmark) with { Unit = MeasureUnit.Percentage, Benchmark = 11.3m, BenchmarkText = "national positive outcome rate" };
        var change = Assert.Single(new MeasureSeries(measure, [new(Q3, 21m)]).PaperComparisons(Q3));
        Assert.Equal(9.7m, change.Difference);
        Assert.Equal(
            "The measure in Q3 2023/24 was 9.7 percentage points above the national positive outcome rate, 21% against 11.3% (change measured against the benchmark).",
            ChangeNarrative.Describe(measure, change));
    }

    [Fact]
    public void Positive_outcomes_are_the_rate_times_crimes_recorded_and_the_printed_381_agrees()
    {
        // 21% of 1,816 = 381.36 -> 381; 381 / 1,816 = 20.98% -> 21%, the printed rate.
        var count = new CountFromRate(Q3, 21m, 1816m, 381m);
        Assert.Equal(381m, count.Derived);
        Assert.True(count.PrintedAgrees);
        Assert.False((count with { Printed = 400m }).PrintedAgrees);
    }
}
