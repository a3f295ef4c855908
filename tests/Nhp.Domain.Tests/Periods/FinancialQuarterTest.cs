using CsCheck;
using NodaTime;
using Nhp.Periods;

namespace Nhp.Domain.Tests.Periods;

public class FinancialQuarterTest
{
    [Fact]
    public void When_the_quarter_is_Q3_2023_24_then_it_is_October_to_December_2023()
    {
        var quarter = FinancialQuarter.Parse("Q3 2023/24");
        Assert.Equal(new LocalDate(2023, 10, 1), quarter.Start);
        Assert.Equal(new LocalDate(2023, 12, 31), quarter.End);
        Assert.Equal([new YearMonth(2023, 10), new YearMonth(2023, 11), new YearMonth(2023, 12)], quarter.Months);
        Assert.Equal("Q3 2023/24", quarter.ToString());
    }

    [Fact]
    public void When_the_quarter_is_Q4_then_it_is_January_to_March_of_the_second_calendar_year()
    {
        var quarter = FinancialQuarter.Parse("Q4 2023/24");
        Assert.Equal(new LocalDate(2024, 1, 1), quarter.Start);
        Assert.Equal(new LocalDate(2024, 3, 31), quarter.End);
    }

    [Fact]
    public void Previous_of_Q1_is_Q4_of_the_year_before_and_same_period_last_year_keeps_the_quarter()
    {
        var q1 = FinancialQuarter.Parse("Q1 2023/24");
        Assert.Equal("Q4 2022/23", q1.Previous.ToString());
        Assert.Equal("Q2 2023/24", q1.Next.ToString());
        Assert.Equal("Q3 2022/23", FinancialQuarter.Parse("Q3 2023/24").SamePeriodLastYear.ToString());
    }

    [Theory]
    [InlineData("Q3 23/24")]
    [InlineData("q3 2023-24")]
    [InlineData("Q3 2023/2024")]
    public void When_a_committee_form_is_parsed_then_it_is_the_canonical_quarter(string text) =>
        Assert.Equal(FinancialQuarter.Parse("Q3 2023/24"), FinancialQuarter.Parse(text));

    [Theory]
    [InlineData("Q5 2023/24")]
    [InlineData("Q0 2023/24")]
    [InlineData("Q3")]
    [InlineData("3 2023/24")]
    [InlineData("Q3 23/25")]
    public void When_the_text_is_not_a_quarter_then_the_error_lists_the_accepted_forms(string text)
    {
        var error = Assert.Throws<NhpInputException>(() => FinancialQuarter.Parse(text));
        Assert.Contains("Q3 2023/24", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_quarter_number_is_out_of_range_then_the_argument_is_named() =>
        Assert.Equal("quarter", Assert.Throws<ArgumentOutOfRangeException>(() => new FinancialQuarter(new FinancialYear(2023), 5)).ParamName);

    [Fact]
    public void Whatever_is_written_reads_back_equal_and_the_months_belong_to_it() =>
        Gen.Select(Gen.Int[1901, 9997], Gen.Int[1, 4]).Sample((start, number) =>
        {
            var quarter = new FinancialQuarter(new FinancialYear(start), number);
            return FinancialQuarter.Parse(quarter.ToString()) == quarter
                && quarter.Months.All(m => FinancialQuarter.Containing(m) == quarter)
                && quarter.Previous.Next == quarter
                && quarter.Previous < quarter
                && quarter.SamePeriodLastYear.Year == quarter.Year.Previous;
        });
}
