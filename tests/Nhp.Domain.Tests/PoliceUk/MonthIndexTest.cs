using CsCheck;
using NodaTime;
using Nhp.PoliceUk;

namespace Nhp.Domain.Tests.PoliceUk;

public sealed class MonthIndexTest
{
    [Fact]
    public void Every_month_of_the_years_NodaTime_supports_reads_back_equal_and_keeps_its_order() =>
        Gen.Select(Gen.Int[-9998, 9999], Gen.Int[1, 12], Gen.Int[-9998, 9999], Gen.Int[1, 12]).Sample((y1, m1, y2, m2) =>
        {
            var a = new YearMonth(y1, m1);
            var b = new YearMonth(y2, m2);
            Assert.Equal(a, MonthIndex.ToYearMonth(MonthIndex.Of(a)));
            Assert.Equal(a.CompareTo(b).CompareTo(0), MonthIndex.Of(a).CompareTo(MonthIndex.Of(b)));
        });

    [Fact]
    public void Consecutive_months_have_consecutive_indexes_across_year_ends_and_year_zero()
    {
        // December of year -1, January and December of year 0, January of year 1: written out by hand.
        Assert.Equal(-1, MonthIndex.Of(new YearMonth(-1, 12)));
        Assert.Equal(0, MonthIndex.Of(new YearMonth(0, 1)));
        Assert.Equal(11, MonthIndex.Of(new YearMonth(0, 12)));
        Assert.Equal(12, MonthIndex.Of(new YearMonth(1, 1)));
        Assert.Equal((2024 * 12) + 1, MonthIndex.Of(new YearMonth(2024, 2)));
        Assert.Equal(new YearMonth(-1, 12), MonthIndex.ToYearMonth(-1));
        Assert.Equal(new YearMonth(-1, 1), MonthIndex.ToYearMonth(-12));
        Assert.Equal(new YearMonth(-2, 12), MonthIndex.ToYearMonth(-13));
    }
}
