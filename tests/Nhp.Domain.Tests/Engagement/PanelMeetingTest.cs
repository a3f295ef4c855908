using Nhp.Engagement;
using NodaTime;

namespace Nhp.Domain.Tests.Engagement;

public sealed class PanelMeetingTest
{
    private static PanelMeeting At(LocalDate date, LocalTime start, LocalTime? end = null) => new()
    {
        Kind = MeetingKind.ClusterPanel,
        Cluster = "Bank",
        Date = date,
        Start = start,
        End = end,
        Venue = "Guildhall",
        Format = MeetingFormat.InPerson,
    };

    [Fact]
    public void An_assumed_length_across_the_October_clock_change_is_elapsed_time()
    {
        // 27 October 2024: at 02:00 BST the clocks go back to 01:00 GMT. A meeting starting at 00:30 BST
        // (23:30 UTC on the 26th) and lasting two hours ends at 01:30 UTC, which is 01:30 GMT local time;
        // adding two hours to the wall clock would give 02:30, an hour late.
        var meeting = At(new LocalDate(2024, 10, 27), new LocalTime(0, 30));

        Assert.Equal(new LocalDateTime(2024, 10, 27, 1, 30), meeting.EndsAt(Duration.FromHours(2)));
    }

    [Fact]
    public void An_assumed_length_across_the_March_clock_change_is_elapsed_time()
    {
        // 31 March 2024: at 01:00 GMT the clocks go forward to 02:00 BST. 00:30 GMT plus 90 minutes is
        // 02:00 UTC, which is 03:00 BST; the wall clock would say 02:00, a time that did not exist that night.
        var meeting = At(new LocalDate(2024, 3, 31), new LocalTime(0, 30));

        Assert.Equal(new LocalDateTime(2024, 3, 31, 3, 0), meeting.EndsAt(Duration.FromMinutes(90)));
    }

    [Fact]
    public void On_an_ordinary_day_the_end_is_the_start_plus_the_length_and_a_given_end_wins()
    {
        var date = new LocalDate(2024, 11, 6);

        Assert.Equal(new LocalDateTime(2024, 11, 6, 14, 30), At(date, new LocalTime(13, 0)).EndsAt(Duration.FromMinutes(90)));
        Assert.Equal(new LocalDateTime(2024, 11, 6, 14, 0), At(date, new LocalTime(13, 0), new LocalTime(14, 0)).EndsAt(Duration.FromMinutes(90)));
    }

    [Fact]
    public void The_zone_can_be_given()
    {
        var meeting = At(new LocalDate(2024, 10, 27), new LocalTime(0, 30));

        Assert.Equal(new LocalDateTime(2024, 10, 27, 2, 30), meeting.EndsAt(Duration.FromHours(2), DateTimeZone.Utc));
    }
}
