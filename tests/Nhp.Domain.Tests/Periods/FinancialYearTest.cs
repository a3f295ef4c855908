using CsCheck;
using NodaTime;
using Nhp.Periods;

namespace Nhp.Domain.Tests.Periods;

public class FinancialYearTest
{
    [Fact]
    public void When_the_year_is_2023_24_then_it_runs_from_1_April_2023_to_31_March_2024()
    {
        var year = FinancialYear.Parse("2023/24");
        Assert.Equal(new LocalDate(2023, 4, 1), year.Start);
        Assert.Equal(new LocalDate(2024, 3, 31), year.End);
        Assert.Equal("2023/24", year.ToString());
        Assert.Equal("23/24", year.ToShortString());
    }

    [Theory]
    [InlineData("2023-24")]
    [InlineData("2023/2024")]
    [InlineData(" 2023/24 ")]
    public void When_an_alternative_form_is_parsed_then_it_is_the_same_year(string text) =>
        Assert.Equal(new FinancialYear(2023), FinancialYear.Parse(text));

    [Theory]
    [InlineData("2023/25")]
    [InlineData("2023")]
    [InlineData("23/24")]
    [InlineData("2023/2025")]
    [InlineData("")]
    [InlineData("abcd/ef")]
    public void When_the_text_is_not_a_financial_year_then_the_error_lists_the_accepted_forms(string text)
    {
        var error = Assert.Throws<NhpInputException>(() => FinancialYear.Parse(text));
        Assert.Contains("2023/24", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_date_is_in_March_then_it_belongs_to_the_year_that_started_the_April_before()
    {
        Assert.Equal(new FinancialYear(2023), FinancialYear.Containing(new LocalDate(2024, 3, 31)));
        Assert.Equal(new FinancialYear(2024), FinancialYear.Containing(new LocalDate(2024, 4, 1)));
    }

    [Fact]
    public void The_months_run_from_April_to_March()
    {
        var months = new FinancialYear(2023).Months;
        Assert.Equal(12, months.Count);
        Assert.Equal(new YearMonth(2023, 4), months[0]);
        Assert.Equal(new YearMonth(2024, 3), months[11]);
    }

    [Fact]
    public void Previous_and_next_are_neighbouring_years_and_ordering_is_chronological()
    {
        var year = new FinancialYear(2023);
        Assert.Equal("2022/23", year.Previous.ToString());
        Assert.Equal("2024/25", year.Next.ToString());
        Assert.True(year.Previous < year);
        Assert.True(year.Next > year);
    }

    [Fact]
    public void The_century_boundary_is_written_with_two_digits()
    {
        Assert.Equal("1999/00", new FinancialYear(1999).ToString());
        Assert.Equal(new FinancialYear(1999), FinancialYear.Parse("1999/00"));
    }

    [Fact]
    public void When_the_start_year_is_out_of_range_then_the_argument_is_named() =>
        Assert.Equal("startYear", Assert.Throws<ArgumentOutOfRangeException>(() => new FinancialYear(1899)).ParamName);

    [Fact]
    public void Whatever_is_written_reads_back_equal() =>
        Gen.Int[FinancialYear.MinStartYear, FinancialYear.MaxStartYear].Sample(start =>
        {
            var year = new FinancialYear(start);
            return FinancialYear.Parse(year.ToString()) == year && year.Contains(year.Start) && year.Contains(year.End)
                && FinancialYear.Containing(year.Start) == year;
        });
}
