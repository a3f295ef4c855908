using Nhp.Engagement;
using NodaTime;

namespace Nhp.Datasets.CityOfLondon.Tests.Engagement;

/// <summary>The November 2024 cycle and the 23 events, imported from the tables embedded verbatim from the paper.</summary>
public sealed class CityOfLondonEngagementTest
{
    private static EngagementData Data => CityOfLondonDataset.February2024.Engagement!;

    [Fact]
    public void The_six_meetings_of_the_November_2024_cycle_import_with_date_time_venue_and_format()
    {
        var meetings = Data.Meetings.Select(m => (m.Cluster, m.Date, m.Start, m.Venue, m.Format, m.Title)).ToArray();
        Assert.Equal(
            [
                ("Bank", new LocalDate(2024, 11, 6), new LocalTime(13, 0), "Innholders Hall, College St", MeetingFormat.Hybrid, "Bank Cluster Panel"),
                ("Liverpool Street", new LocalDate(2024, 11, 7), new LocalTime(13, 0), "100 Bishopsgate", MeetingFormat.Hybrid, "Liverpool St Cluster Panel"),
                ("Fenchurch Street", new LocalDate(2024, 11, 7), new LocalTime(15, 0), "Portsoken Community Centre (incl. Middx St and Mansel St Estate)", MeetingFormat.InPerson, "Fenchurch Cluster Panel"),
                ("Fleet Street", new LocalDate(2024, 11, 13), new LocalTime(16, 0), "1 Mitre Court, Inner Temple", MeetingFormat.Hybrid, "Fleet Cluster Panel"),
                ("Monument", new LocalDate(2024, 11, 13), new LocalTime(17, 0), "Royal Society for Blind Children (RSBC), Lower Thames", MeetingFormat.Hybrid, "Monument Cluster Panel"),
                ("Barbican", new LocalDate(2024, 11, 27), new LocalTime(18, 30), "Golden Lane Community Centre", MeetingFormat.Hybrid, "Barbican Cluster Panel"),
            ],
            meetings);
    }

    [Fact]
    public void The_23_events_import_in_order_with_every_date_form_kept()
    {
        Assert.Equal(Enumerable.Range(1, 23), Data.Events.Select(e => e.Number!.Value));
        Assert.Equal("1 September 2024", Data.Events[0].Date.ToString());
        Assert.Equal(EngagementDateKind.Month, Data.Events[2].Date.Kind);
        Assert.Equal("Mid-September 2024", Data.Events[6].Date.ToString());
        Assert.Equal("23 – 29 September 2024", Data.Events[7].Date.ToString());
        Assert.Equal("25 November – 10 December 2024", Data.Events[22].Date.ToString());
        Assert.Equal("16 days of activism against gender-based violence", Data.Events[22].Name);
        Assert.All(Data.Events, e => Assert.Equal(Organiser.Police, e.Organiser));
    }

    [Fact]
    public void The_event_printed_31_October_without_a_year_keeps_its_text_and_is_taken_as_2024()
    {
        var e = Data.Events[19];
        Assert.Equal("31 October", e.DateText);
        Assert.Equal(EngagementDate.Day(new LocalDate(2024, 10, 31)), e.Date);
        Assert.All(Data.Events.Where(x => x != e), x => Assert.Null(x.DateText));
    }

    [Fact]
    public void Audiences_are_read_with_the_note_for_other()
    {
        Assert.Equal([Audience.Residents, Audience.Workers, Audience.Visitors], Data.Events[4].Audiences);
        Assert.Equal([Audience.Other], Data.Events[14].Audiences);
        Assert.Equal("students from Goodenough College and faith leaders", Data.Events[14].AudienceNote);
        Assert.Equal(15, Data.Events.Count(e => e.Audiences.Contains(Audience.Residents)));
    }

    [Fact]
    public void The_places_hold_the_25_wards_and_six_clusters_with_no_invented_ward_mapping()
    {
        Assert.Equal(25, Data.Places.Wards.Count);
        Assert.Equal(100, Data.Places.Wards.Sum(w => w.CommonCouncillors));
        Assert.Equal(["Aldersgate", "Cripplegate", "Portsoken", "Queenhithe"], Data.Places.Wards.Where(w => w.Residential == true).Select(w => w.Name));
        Assert.Equal(["Bank", "Barbican", "Fleet Street", "Fenchurch Street", "Liverpool Street", "Monument"], Data.Places.Clusters.Select(c => c.Name));
        Assert.All(Data.Places.Clusters, c => Assert.Empty(c.Wards));
        Assert.All(Data.Places.Clusters, c => Assert.Null(c.Sector));
        Assert.NotNull(Data.Places.MappingNote);
    }

    [Fact]
    public void The_model_is_the_November_2024_model()
    {
        var model = Data.Model;
        Assert.Equal(2, model.MeetingsPerClusterPerYear);
        Assert.Equal(6, model.CorporationMeetingsPerYear);
        Assert.Equal(2, model.CityWideBusinessMeetingsPerYear);
        Assert.Equal(2025, model.CityWideBusinessMeetingsFrom);
        Assert.Equal(new YearMonth(2025, 12), model.PilotEnds);
        Assert.Equal(new LocalDate(2024, 11, 26), Data.AsOf);
    }

    [Fact]
    public void The_metrics_are_a_to_j_of_the_measure_catalogue_and_the_outcomes_a_to_d()
    {
        var metrics = CityOfLondonDataset.EngagementMetrics2024;
        Assert.Same(metrics, Data.Metrics);
        Assert.Equal(["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"], metrics.StrategicPlan.Select(EngagementMetrics.Letter));
        Assert.Same(MeasureCatalogue.EngagementMetrics, metrics.StrategicPlan);
        Assert.Equal(["a", "b", "c", "d"], metrics.Outcomes.Select(o => o.Label));
        Assert.Equal("engagement-g", metrics.Find("G")!.Id);
        Assert.Equal("engagement-g", metrics.Find("engagement-g")!.Id);
        Assert.Null(metrics.Find("k"));
        Assert.DoesNotContain(metrics.StrategicPlan, m => m.Name.Contains("attendees", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(metrics.MonitoredNotMeasured, m => m.Contains("attendees", StringComparison.Ordinal));
    }

    [Fact]
    public void When_a_printed_audience_is_not_one_of_the_four_then_the_error_names_it_and_where()
    {
        var e = Assert.Throws<NhpInputException>(() => CityOfLondonEngagement.AudiencesOf("Residents, Tourists", new Nhp.Findings.SourceLocation("events.tsv", 4)));
        Assert.Equal("events.tsv:4: audience: 'Tourists' is not an audience. Accepted forms: Residents, Workers, Visitors, Other (note).", e.Message);
    }

    [Fact]
    public void Other_with_a_note_is_read_beside_the_other_audiences()
    {
        var (audiences, note) = CityOfLondonEngagement.AudiencesOf("Workers, Other (business owners)", null);
        Assert.Equal([Audience.Workers, Audience.Other], audiences);
        Assert.Equal("business owners", note);
    }
}
