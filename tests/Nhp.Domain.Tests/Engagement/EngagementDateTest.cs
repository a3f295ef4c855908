using CsCheck;
using Nhp.Engagement;
using NodaTime;

namespace Nhp.Domain.Tests.Engagement;

public sealed class EngagementDateTest
{
    [Theory]
    [InlineData("1 September 2024", EngagementDateKind.Day, "2024-09-01", "2024-09-01")]
    [InlineData("23 – 29 September 2024", EngagementDateKind.DayRange, "2024-09-23", "2024-09-29")]
    [InlineData("25 November – 10 December 2024", EngagementDateKind.DayRange, "2024-11-25", "2024-12-10")]
    [InlineData("30 December 2024 – 2 January 2025", EngagementDateKind.DayRange, "2024-12-30", "2025-01-02")]
    [InlineData("October 2024", EngagementDateKind.Month, "2024-10-01", "2024-10-31")]
    [InlineData("Mid-September 2024", EngagementDateKind.PartOfMonth, "2024-09-11", "2024-09-20")]
    [InlineData("Early-February 2024", EngagementDateKind.PartOfMonth, "2024-02-01", "2024-02-10")]
    [InlineData("Late-February 2024", EngagementDateKind.PartOfMonth, "2024-02-21", "2024-02-29")]
    public void When_the_text_is_in_a_form_the_papers_use_then_it_is_read_and_written_back_unchanged(string text, EngagementDateKind kind, string start, string end)
    {
        var date = EngagementDate.Parse(text);
        Assert.Equal(kind, date.Kind);
        Assert.Equal(LocalDate.FromDateTime(DateTime.Parse(start, System.Globalization.CultureInfo.InvariantCulture)), date.Start);
        Assert.Equal(LocalDate.FromDateTime(DateTime.Parse(end, System.Globalization.CultureInfo.InvariantCulture)), date.End);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("23-29 September 2024", "23 – 29 September 2024")]
    [InlineData("25 november—10 december 2024", "25 November – 10 December 2024")]
    [InlineData("  mid september   2024 ", "Mid-September 2024")]
    [InlineData("30 December – 2 January 2025", "30 December 2024 – 2 January 2025")]
    [InlineData("3 Oct 2024", "3 October 2024")]
    public void When_the_text_uses_another_dash_case_or_spacing_then_it_is_read_to_the_canonical_form(string text, string canonical) =>
        Assert.Equal(canonical, EngagementDate.Parse(text).ToString());

    [Theory]
    [InlineData("31 February 2024", "day 31 does not exist in February 2024")]
    [InlineData("31 October", "the year is missing")]
    [InlineData("Spring 2024", "is not an engagement date")]
    [InlineData("29 – 23 September 2024", "does not end after it starts")]
    [InlineData("", "is not an engagement date")]
    public void When_the_text_is_not_a_date_then_the_error_says_what_was_read_and_which_forms_are_accepted(string text, string reason)
    {
        var e = Assert.Throws<NhpInputException>(() => EngagementDate.Parse(text));
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
        Assert.Contains($"'{text}'", e.Message, StringComparison.Ordinal);
        Assert.Contains("Mid-September 2024", e.Message, StringComparison.Ordinal);
        Assert.False(EngagementDate.TryParse(text, out _));
    }

    [Fact]
    public void When_a_month_and_a_range_cover_the_same_days_then_they_are_not_equal()
    {
        var month = EngagementDate.Parse("October 2024");
        var range = EngagementDate.Parse("1 – 31 October 2024");
        Assert.Equal(month.Start, range.Start);
        Assert.Equal(month.End, range.End);
        Assert.NotEqual(month, range);
        Assert.True(month != range);
        Assert.Equal(EngagementDate.Parse("October 2024"), month);
        Assert.Equal(EngagementDate.Parse("October 2024").GetHashCode(), month.GetHashCode());
    }

    [Fact]
    public void When_a_range_does_not_end_after_it_starts_then_construction_fails_naming_the_argument()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => EngagementDate.Range(new LocalDate(2024, 9, 2), new LocalDate(2024, 9, 2)));
        Assert.Equal("end", e.ParamName);
    }

    [Fact]
    public void Any_date_in_any_form_reads_back_equal_from_its_text() =>
        EngagementDateGen.Any.Sample(date =>
        {
            var text = date.ToString();
            Assert.Equal(date, EngagementDate.Parse(text));
            Assert.True(EngagementDate.TryParse(text, out var again));
            Assert.Equal(date, again);
        });

    [Fact]
    public void A_printed_date_without_a_year_takes_the_assumed_year_and_one_with_a_year_keeps_its_own()
    {
        Assert.Equal(new LocalDate(2024, 10, 31), EngagementDate.Parse("31 October", 2024).Start);
        Assert.Equal(new LocalDate(2025, 1, 15), EngagementDate.Parse("15 January 2025", 2024).Start);
    }

    [Fact]
    public void When_a_printed_date_is_not_a_date_then_the_error_names_where_it_was_read()
    {
        var error = Assert.Throws<NhpInputException>(() => EngagementDate.Parse("soon", 2024, new Nhp.Findings.SourceLocation("events.tsv", 7)));
        Assert.StartsWith("events.tsv:7: date: ", error.Message, StringComparison.Ordinal);
    }
}
