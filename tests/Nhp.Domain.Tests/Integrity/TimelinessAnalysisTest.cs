using Nhp.Integrity;
using NodaTime;

namespace Nhp.Domain.Tests.Integrity;

public sealed class TimelinessAnalysisTest
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly Instant July = Instant.FromUtc(2023, 7, 20, 9, 0);
    private static readonly Instant October = Instant.FromUtc(2023, 10, 2, 9, 0);

    [Fact]
    public void The_share_recorded_within_24_hours_is_counted_per_quarter_and_the_late_ones_are_listed()
    {
        CrimeRecordTiming[] records =
        [
            new("A1", July, July + Duration.FromHours(2)),
            new("A2", July, July + Duration.FromHours(24)),
            new("A3", July, July + Duration.FromHours(30)),
            new("B1", October, October + Duration.FromMinutes(5)),
        ];

        var analysis = TimelinessAnalysis.FromRecords(records, TimelinessAnalysis.FinancialQuarter(London));

        Assert.Equal(["Q2 2023/24", "Q3 2023/24"], analysis.Periods.Select(p => p.Period));
        Assert.Equal(new Proportion(2, 3), analysis.Periods[0].Share);
        Assert.Equal(new Proportion(1, 1), analysis.Periods[1].Share);
        Assert.Equal(["A3"], analysis.Late.Select(r => r.Id));
        Assert.Empty(analysis.Findings);
    }

    [Fact]
    public void Recording_before_disclosure_missing_instants_and_repeated_ids_are_reported_not_dropped_silently()
    {
        CrimeRecordTiming[] records =
        [
            new("A1", July, July - Duration.FromHours(1)),
            new("A2", null, July),
            new("A3", July, null),
            new("A4", July, July + Duration.FromHours(1)),
            new("A4", July, July + Duration.FromHours(99)),
        ];

        var analysis = TimelinessAnalysis.FromRecords(records, TimelinessAnalysis.FinancialQuarter(London));

        Assert.Equal(
            [("cdi.timeliness.recorded-before-disclosed", "A1"), ("cdi.timeliness.missing-instant", "A2"), ("cdi.timeliness.missing-instant", "A3"), ("cdi.timeliness.duplicate-id", "A4")],
            analysis.Findings.Select(f => (f.RuleId, f.Subject)));
        Assert.Equal("disclosed", analysis.Findings[1].Field);
        Assert.Equal(new Proportion(1, 1), Assert.Single(analysis.Periods).Share);
    }

    [Theory]
    [InlineData(2023, 4, 1, 0, "Q1 2023/24")]
    [InlineData(2023, 12, 31, 23, "Q3 2023/24")]
    [InlineData(2024, 3, 31, 22, "Q4 2023/24")]
    [InlineData(2024, 3, 31, 23, "Q1 2024/25")] // 00:00 on 1 April, British Summer Time
    public void Quarters_follow_the_UK_financial_year_in_London_time(int year, int month, int day, int hour, string expected) =>
        Assert.Equal(expected, TimelinessAnalysis.FinancialQuarter(London)(Instant.FromUtc(year, month, day, hour, 0)));

    [Fact]
    public void Period_counts_and_printed_percentages_give_a_rate()
    {
        Assert.Equal(0.9, TimelinessPeriod.FromCounts("Q1", 9, 10).Rate);
        Assert.Equal(0.927, TimelinessPeriod.FromPublishedPercent("Q2", 92.7m).Rate!.Value, 1e-12);
        Assert.Null(TimelinessPeriod.FromCounts("Q1", 11, 10).Share);
    }
}
