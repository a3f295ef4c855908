using CsCheck;
using Nhp.Delivery;
using NodaTime;

namespace Nhp.Domain.Tests.Delivery;

public sealed class TargetTest
{
    private static readonly LocalDate FirstDay = new(1000, 1, 1);

    // Every day of the supported years, 1 January 1000 to 31 December 2999 (730,484 days).
    private static readonly Gen<LocalDate> Dates = Gen.Int[0, 730_484].Select(days => FirstDay.PlusDays(days));

    [Theory]
    [InlineData("26/01/2024", TargetKind.Date, "2024-01-26")]
    [InlineData("1/2/2024", TargetKind.Date, "2024-02-01")]
    [InlineData("29/02/2024", TargetKind.Date, "2024-02-29")]
    [InlineData("February 2024", TargetKind.Month, "2024-02-29")]
    [InlineData("february 2023", TargetKind.Month, "2023-02-28")]
    [InlineData("March 2024", TargetKind.Month, "2024-03-31")]
    [InlineData("Sept 2024", TargetKind.Month, "2024-09-30")]
    [InlineData("End 2024", TargetKind.YearEnd, "2024-12-31")]
    [InlineData("End of 2024", TargetKind.YearEnd, "2024-12-31")]
    [InlineData("2025", TargetKind.Year, "2025-12-31")]
    [InlineData("Ongoing", TargetKind.Ongoing, null)]
    [InlineData("Complete", TargetKind.Complete, null)]
    [InlineData("Completed", TargetKind.Complete, null)]
    [InlineData("Completed annually", TargetKind.CompletedAnnually, null)]
    [InlineData("TBC", TargetKind.ToBeConfirmed, null)]
    [InlineData("", TargetKind.None, null)]
    [InlineData("   ", TargetKind.None, null)]
    public void When_the_text_is_in_an_understood_form_then_kind_and_deadline_follow_the_rules(string text, TargetKind kind, string? deadline)
    {
        var target = Target.Parse(text);
        Assert.Equal(text, target.Text);
        Assert.Equal(kind, target.Kind);
        Assert.Equal(deadline, target.Deadline?.ToString("yyyy-MM-dd", null));
        Assert.False(target.HasReview);
    }

    [Theory]
    [InlineData("Complete Review 2025", TargetKind.Complete, null, "Review 2025", "2025-12-31")]
    [InlineData("Complete Review 31/03/2024", TargetKind.Complete, null, "Review 31/03/2024", "2024-03-31")]
    [InlineData("Ongoing Review 2025", TargetKind.Ongoing, null, "Review 2025", "2025-12-31")]
    [InlineData("February 2024 OIB Review Implementation March 2024", TargetKind.Month, "2024-02-29", "OIB Review Implementation March 2024", "2024-03-31")]
    public void When_the_text_has_a_review_suffix_then_the_main_part_and_the_review_are_both_understood(
        string text, TargetKind kind, string? deadline, string review, string reviewDate)
    {
        var target = Target.Parse(text);
        Assert.Equal(kind, target.Kind);
        Assert.Equal(deadline, target.Deadline?.ToString("yyyy-MM-dd", null));
        Assert.True(target.HasReview);
        Assert.Equal(review, target.ReviewText);
        Assert.Equal(reviewDate, target.ReviewDate?.ToString("yyyy-MM-dd", null));
        Assert.True(target.IsRecognised);
    }

    [Theory]
    [InlineData("March 204")]
    [InlineData("31/02/2024")]
    [InlineData("29/02/2023")]
    [InlineData("13/13/2024")]
    [InlineData("26/01/24")]
    [InlineData("Spring 2024")]
    [InlineData("Complete 2025")]
    [InlineData("Complete Review")]
    [InlineData("Review 2025")]
    [InlineData("Ongoing Review March 204")]
    public void When_the_text_is_not_understood_then_it_is_kept_verbatim_and_marked_unrecognised(string text)
    {
        var target = Target.Parse(text);
        Assert.Equal(TargetKind.Unrecognised, target.Kind);
        Assert.Equal(text, target.Text);
        Assert.Equal(text, target.ToString());
        Assert.Null(target.Deadline);
        Assert.False(target.IsRecognised);
    }

    [Fact]
    public void When_the_date_is_31_February_then_the_target_is_unrecognised_rather_than_moved_to_March()
    {
        Assert.Equal(TargetKind.Unrecognised, Target.Parse("31/02/2024").Kind);
    }

    [Fact]
    public void Any_text_reads_back_to_an_equal_target_with_the_same_meaning() =>
        Gen.String.Sample(text =>
        {
            var target = Target.Parse(text);
            var again = Target.Parse(target.ToString());
            Assert.Equal(target, again);
            Assert.Equal(target.Kind, again.Kind);
            Assert.Equal(target.Deadline, again.Deadline);
            Assert.Equal(target.ReviewDate, again.ReviewDate);
        });

    [Fact]
    public void Any_date_written_as_a_target_reads_back_as_that_date() =>
        Dates.Sample(date =>
        {
            var target = Target.Parse(Target.On(date).ToString());
            Assert.Equal(TargetKind.Date, target.Kind);
            Assert.Equal(date, target.Deadline);
        });

    [Fact]
    public void Any_month_written_as_a_target_has_the_last_day_of_the_month_as_deadline() =>
        Dates.Sample(date =>
        {
            var month = date.ToYearMonth();
            var target = Target.Parse(Target.InMonth(month).ToString());
            Assert.Equal(TargetKind.Month, target.Kind);
            Assert.Equal(month.OnDayOfMonth(1).PlusMonths(1).PlusDays(-1), target.Deadline);
        });

    [Fact]
    public void Any_review_suffix_on_a_date_reads_back_with_both_dates() =>
        Gen.Select(Dates, Dates).Sample((main, review) =>
        {
            var text = Target.On(main).Text + " Review " + Target.On(review).Text;
            var target = Target.Parse(text);
            Assert.Equal(main, target.Deadline);
            Assert.Equal(review, target.ReviewDate);
            Assert.Equal("Review " + Target.On(review).Text, target.ReviewText);
        });

    [Fact]
    public void A_year_end_is_31_December()
    {
        Assert.Equal(new LocalDate(2024, 12, 31), Target.ByEndOf(2024).Deadline);
        Assert.Equal("End 2024", Target.ByEndOf(2024).Text);
    }

    [Fact]
    public void Equality_is_by_text()
    {
        Assert.Equal(Target.Parse("Ongoing"), Target.Ongoing);
        Assert.True(Target.Parse("TBC") == Target.ToBeConfirmed);
        Assert.NotEqual(Target.Parse("ongoing"), Target.Ongoing);
        Assert.Equal(Target.Parse("Ongoing").GetHashCode(), Target.Ongoing.GetHashCode());
    }

    [Fact]
    public void When_a_year_has_fewer_than_four_digits_then_the_factories_refuse_it()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Target.ByEndOf(204));
        Assert.Throws<ArgumentOutOfRangeException>(() => Target.On(new LocalDate(204, 3, 1)));
    }
}
