using Nhp.Datasets.CityOfLondon;
using Nhp.Engagement;
using NodaTime;

namespace Nhp.Domain.Tests.Engagement;

public sealed class PanelScheduleTest
{
    private static readonly LocalDate AsOf = new(2025, 6, 1);

    private static EngagementData Data(params PanelMeeting[] meetings) => new()
    {
        AsOf = AsOf,
        Model = CityOfLondonDataset.PanelModel2024,
        Places = new PlaceConfiguration { Clusters = [new Cluster { Name = "Bank" }, new Cluster { Name = "Barbican" }] },
        Meetings = meetings,
    };

    private static PanelMeeting Meeting(string cluster, LocalDate date, bool cancelled = false) => new()
    {
        Cluster = cluster,
        Date = date,
        Start = new LocalTime(13, 0),
        Venue = "Hall",
        Format = MeetingFormat.InPerson,
        Cancelled = cancelled,
    };

    [Fact]
    public void Each_cluster_is_counted_per_panel_year_with_held_and_booked_meetings_and_cancelled_ones_left_out()
    {
        var schedule = PanelSchedule.For(Data(
            Meeting("Bank", new LocalDate(2024, 11, 6)),
            Meeting(" bank ", new LocalDate(2025, 9, 10)),
            Meeting("Bank", new LocalDate(2025, 3, 1), cancelled: true),
            Meeting("Barbican", new LocalDate(2025, 12, 3))));

        Assert.Equal(
            [new DateInterval(new LocalDate(2024, 11, 1), new LocalDate(2025, 10, 31)), new DateInterval(new LocalDate(2025, 11, 1), new LocalDate(2026, 10, 31))],
            schedule.Years);
        var bank = schedule.ByYear[0];
        Assert.Equal(("Bank", 2, 1, 2, true), (bank.Cluster, bank.Booked, bank.Held, bank.Required, bank.HasStarted));
        Assert.True(bank.MeetsModel);
        var barbican = schedule.ByYear[1];
        Assert.Equal((0, 2, 0), (barbican.Booked, barbican.ToBook, barbican.BeyondModel));
        Assert.False(schedule.ByYear[2].HasStarted);
        Assert.Equal(1, schedule.ByYear[3].Booked);
    }

    [Fact]
    public void A_period_that_has_begun_with_nothing_booked_is_missing_a_meeting()
    {
        var schedule = PanelSchedule.For(Data(Meeting("Bank", new LocalDate(2024, 11, 6))));

        var first = schedule.ByPeriod.Where(p => p.Period.Start == new LocalDate(2024, 11, 1)).ToArray();
        Assert.Equal(["Bank", "Barbican"], first.Select(p => p.Cluster));
        Assert.True(first[0].HasMet);
        Assert.False(first[0].IsMissingMeeting);
        Assert.True(first[1].IsMissingMeeting);
        var second = schedule.ByPeriod.Where(p => p.Period.Start == new LocalDate(2025, 5, 1)).ToArray();
        Assert.All(second, p => Assert.True(p.IsMissingMeeting));
    }

    [Fact]
    public void A_you_said_we_did_item_is_overdue_only_while_open_after_its_due_date()
    {
        var item = new YouSaidWeDid { YouSaid = "Lighting", Status = ActionStatus.Open, Due = new LocalDate(2025, 5, 31) };

        Assert.True(item.IsOverdue(AsOf));
        Assert.False(item.IsOverdue(new LocalDate(2025, 5, 31)));
        Assert.False((item with { Status = ActionStatus.Closed, Closed = AsOf }).IsOverdue(AsOf));
        Assert.False((item with { Due = null }).IsOverdue(AsOf));
    }
}
