using Nhp.Metrics;
using Nhp.Periods;
using Nhp.PoliceUk;
using NodaTime;

namespace Nhp.Domain.Tests.Metrics;

/// <summary>The monthly context a report may use: only months that had ended by the paper's date.</summary>
public class PerformanceSetTest
{
    private static PerformanceSet Set(LocalDate? cut) =>
        new("Paper", FinancialQuarter.Parse("Q3 2023/24"), [], [])
        {
            MonthlyContext = [new(new YearMonth(2024, 1), "violence", 125), new(new YearMonth(2024, 2), "violence", 119), new(new YearMonth(2024, 3), "violence", 116)],
            ContextCutOff = cut,
        };

    [Fact]
    public void A_month_that_ends_after_the_paper_s_date_is_left_out()
    {
        // A paper of 22 February 2024: January (ends 31 January) had ended; February (ends 29 February) had not.
        Assert.Equal([new YearMonth(2024, 1)], Set(new LocalDate(2024, 2, 22)).ContextInUse.Select(c => c.Month));
    }

    [Fact]
    public void A_month_that_ends_on_the_cut_off_is_kept_and_no_cut_off_keeps_every_month()
    {
        Assert.Equal(2, Set(new LocalDate(2024, 2, 29)).ContextInUse.Count);
        Assert.Equal(3, Set(null).ContextInUse.Count);
    }
}
