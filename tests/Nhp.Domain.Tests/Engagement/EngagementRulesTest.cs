using Nhp.Datasets.CityOfLondon;
using Nhp.Datasets;
using Nhp.Engagement;
using Nhp.Findings;
using Nhp.Rules;
using NodaTime;

namespace Nhp.Domain.Tests.Engagement;

public sealed class EngagementRulesTest
{
    private static readonly LocalDate AsOf = new(2025, 6, 1);

    internal static PanelMeeting Meeting(string? cluster, int month, int day, int hour = 18, string venue = "Guildhall") => new()
    {
        Cluster = cluster,
        Date = new LocalDate(month >= 11 ? 2024 : 2025, month, day),
        Start = new LocalTime(hour, 0),
        Venue = venue + " " + (cluster ?? "City"),
        Format = MeetingFormat.Hybrid,
        Attendees = 12,
        CorporationAttended = true,
        Topics = [new MeetingTopic { Text = "Anti-social behaviour", Remit = Remit.Both }],
    };

    /// <summary>Two clusters, each meeting twice in the first panel year (November 2024 to October 2025), all recorded.</summary>
    internal static EngagementData Clean() => new()
    {
        AsOf = AsOf,
        Places = new PlaceConfiguration
        {
            Wards = [new Ward { Name = "Aldersgate" }, new Ward { Name = "Cripplegate" }, new Ward { Name = "Portsoken" }],
            Sectors = ["East", "West"],
            Clusters =
            [
                new Cluster { Name = "Barbican", Sector = "West", Wards = ["Aldersgate", "Cripplegate"] },
                new Cluster { Name = "Fenchurch Street", Sector = "East", Wards = ["Portsoken"] },
            ],
        },
        Model = CityOfLondonDataset.PanelModel2024 with { CorporationMeetingsPerYear = 2, CityWideBusinessMeetingsFrom = null },
        Metrics = CityOfLondonDataset.EngagementMetrics2024,
        Meetings =
        [
            Meeting("Barbican", 11, 27),
            Meeting("Fenchurch Street", 11, 7),
            Meeting("Barbican", 5, 14),
            Meeting("Fenchurch Street", 5, 15),
        ],
    };

    private static Finding Single(EngagementData data, string ruleId)
    {
        var findings = EngagementRules.Check(data);
        return Assert.Single(findings, f => f.RuleId == ruleId);
    }

    [Fact]
    public void When_the_schedule_meets_the_model_and_everything_is_recorded_then_there_are_no_findings() =>
        Assert.Empty(EngagementRules.Check(Clean()));

    [Fact]
    public void When_a_cluster_has_only_one_meeting_booked_in_a_year_then_the_finding_names_the_cluster_the_year_and_the_model()
    {
        var data = Clean() with { Meetings = [.. Clean().Meetings.Where(m => !(m.Cluster == "Barbican" && m.Date.Month == 5))] };
        var finding = Single(data, "engagement.schedule.meetings-per-year");
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("Barbican", finding.Subject);
        Assert.Equal(
            "The Barbican cluster has 1 meeting booked or held in the panel year 1 November 2024 to 31 October 2025; the model asks for 2.",
            finding.Message);

        var empty = Single(data, "engagement.schedule.period-without-meeting");
        Assert.Equal("The Barbican cluster has no meeting booked between 1 May 2025 to 31 October 2025.", empty.Message);
    }

    [Fact]
    public void When_a_meeting_names_an_unknown_cluster_then_it_is_an_error_naming_the_cluster()
    {
        var data = Clean() with { Meetings = [.. Clean().Meetings, Meeting("Bnak", 3, 4)] };
        var finding = Single(data, "engagement.meeting.cluster-unknown");
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("meetings[4].cluster", finding.Field);
        Assert.Equal("The meeting on 4 March 2025 is for the cluster 'Bnak', which is not one of the configured clusters (Barbican, Fenchurch Street).", finding.Message);
    }

    [Fact]
    public void When_a_held_meeting_has_no_attendance_recorded_then_the_finding_says_so()
    {
        var meetings = Clean().Meetings.ToArray();
        meetings[1] = meetings[1] with { Attendees = null };
        var finding = Single(Clean() with { Meetings = meetings }, "engagement.meeting.not-recorded");
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("Fenchurch Street 2024-11-07 18:00", finding.Subject);
        Assert.Equal("meetings[1].attendees", finding.Field);
        Assert.Equal("The Fenchurch Street cluster panel on 7 November 2024 has been held but its attendee count is not recorded.", finding.Message);
    }

    [Fact]
    public void When_a_meeting_is_still_to_come_then_missing_attendance_is_not_a_finding()
    {
        var meetings = Clean().Meetings.ToArray();
        meetings[3] = meetings[3] with { Date = new LocalDate(2025, 7, 1), Attendees = null, Topics = [] };
        Assert.DoesNotContain(EngagementRules.Check(Clean() with { Meetings = meetings }), f => f.RuleId == "engagement.meeting.not-recorded");
    }

    [Fact]
    public void When_the_ward_mapping_names_an_unknown_ward_then_it_is_rejected_with_its_name()
    {
        var places = Clean().Places with
        {
            Clusters = [Clean().Places.Clusters[0] with { Wards = ["Aldersgate", "Cripplegat"] }, Clean().Places.Clusters[1]],
        };
        var finding = Single(Clean() with { Places = places }, "engagement.places.ward-unknown");
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("Barbican", finding.Subject);
        Assert.Equal("places.clusters[0].wards[1]", finding.Field);
        Assert.Contains("'Cripplegat'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_a_ward_is_in_two_clusters_then_it_is_an_error_naming_both()
    {
        var places = Clean().Places with
        {
            Clusters = [Clean().Places.Clusters[0], Clean().Places.Clusters[1] with { Wards = ["Portsoken", "aldersgate"] }],
        };
        var finding = Single(Clean() with { Places = places }, "engagement.places.ward-in-two-clusters");
        Assert.Equal("The ward aldersgate is listed in both the Barbican and the Fenchurch Street clusters; a ward belongs to at most one cluster.", finding.Message);
    }

    [Fact]
    public void When_a_cluster_names_an_unknown_sector_then_it_is_an_error()
    {
        var places = Clean().Places with { Clusters = [Clean().Places.Clusters[0] with { Sector = "North" }, Clean().Places.Clusters[1]] };
        Assert.Contains("'North'", Single(Clean() with { Places = places }, "engagement.places.cluster-invalid").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_two_meetings_overlap_at_the_same_venue_then_it_is_a_clash()
    {
        var meetings = Clean().Meetings.ToArray();
        meetings[3] = meetings[3] with { Date = meetings[2].Date, Start = new LocalTime(19, 0), Venue = meetings[2].Venue.ToUpperInvariant() };
        var finding = Single(Clean() with { Meetings = meetings }, "engagement.schedule.clash");
        Assert.Equal(
            "The meetings Barbican 2025-05-14 18:00 and Fenchurch Street 2025-05-14 19:00 overlap and share the venue Guildhall Barbican.",
            finding.Message);
    }

    [Fact]
    public void When_two_meetings_overlap_with_a_shared_officer_then_it_is_a_clash_but_back_to_back_meetings_are_not()
    {
        var meetings = Clean().Meetings.ToArray();
        meetings[2] = meetings[2] with { Officers = ["PC Jones"], End = new LocalTime(19, 0) };
        meetings[3] = meetings[3] with { Date = meetings[2].Date, Start = new LocalTime(19, 0), Officers = ["PC Jones"] };
        Assert.DoesNotContain(EngagementRules.Check(Clean() with { Meetings = meetings }), f => f.RuleId == "engagement.schedule.clash");

        meetings[3] = meetings[3] with { Start = new LocalTime(18, 30) };
        Assert.Contains("the officer PC Jones", Single(Clean() with { Meetings = meetings }, "engagement.schedule.clash").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_Corporation_cannot_reach_its_commitment_then_the_finding_counts_attended_and_booked()
    {
        var meetings = Clean().Meetings.Select(m => m with { CorporationAttended = false }).ToArray();
        var finding = Single(Clean() with { Meetings = meetings }, "engagement.schedule.corporation-commitment");
        Assert.Equal(
            "In the panel year 1 November 2024 to 31 October 2025 the Corporation attended 0 meetings and 0 more are booked; it committed to 2.",
            finding.Message);
    }

    [Fact]
    public void When_a_you_said_we_did_item_is_open_past_its_due_date_then_it_is_overdue()
    {
        var meetings = Clean().Meetings.ToArray();
        meetings[0] = meetings[0] with
        {
            YouSaidWeDid =
            [
                new YouSaidWeDid { YouSaid = "Speeding cyclists on Golden Lane", Owner = "Barbican DWOs", Status = ActionStatus.Open, Due = new LocalDate(2025, 1, 31) },
                new YouSaidWeDid { YouSaid = "Graffiti", Status = ActionStatus.Open, Due = new LocalDate(2025, 6, 30) },
            ],
        };
        var finding = Single(Clean() with { Meetings = meetings }, "engagement.you-said-we-did.overdue");
        Assert.Equal(
            "\"Speeding cyclists on Golden Lane\", raised at the Barbican cluster panel on 27 November 2024, is still open; it was due on 31 January 2025 (owner: Barbican DWOs).",
            finding.Message);
    }

    [Fact]
    public void When_a_closed_item_has_no_closing_date_then_it_is_inconsistent()
    {
        var meetings = Clean().Meetings.ToArray();
        meetings[0] = meetings[0] with { YouSaidWeDid = [new YouSaidWeDid { YouSaid = "Graffiti", WeDid = "Removed", Status = ActionStatus.Closed }] };
        Assert.Contains("is closed but has no closing date", Single(Clean() with { Meetings = meetings }, "engagement.you-said-we-did.inconsistent").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_City_wide_business_meetings_are_due_then_a_year_without_enough_is_a_finding()
    {
        var data = Clean() with { Model = Clean().Model with { CityWideBusinessMeetingsFrom = 2025 } };
        Assert.Equal(
            "2025 has 0 City-wide business meetings booked or held; the model asks for 2 a year from 2025.",
            Single(data, "engagement.schedule.city-wide-business").Message);
    }

    [Fact]
    public void When_a_metric_value_names_no_metric_a_to_j_then_it_is_an_error()
    {
        var q = Nhp.Periods.FinancialQuarter.Parse("Q4 2024/25");
        var data = Clean() with
        {
            MetricValues =
            [
                new EngagementMetricValue { Metric = "a", Quarter = q, Value = 6 },
                new EngagementMetricValue { Metric = "k", Quarter = q, Value = 1 },
                new EngagementMetricValue { Metric = "engagement-g", Quarter = q, Text = "52% women" },
            ],
        };
        Assert.Equal("'k' is not one of the engagement metrics a–j.", Single(data, "engagement.metric.value-invalid").Message);

        var twice = data with { MetricValues = [data.MetricValues[0], data.MetricValues[0] with { Metric = "engagement-a", Value = 7 }] };
        Assert.Equal("Metric a has two values for Q4 2024/25.", Single(twice, "engagement.metric.value-invalid").Message);
    }

    [Fact]
    public void When_two_events_share_a_number_or_a_number_is_below_1_then_it_is_a_finding()
    {
        static EngagementEvent Event(int number, string name) =>
            new() { Number = number, Date = EngagementDate.Parse("October 2024"), Name = name, Audiences = [Audience.Residents], Organiser = Organiser.Police };

        var twice = Clean() with { Events = [Event(1, "Talk"), Event(2, "Walk"), Event(1, "Fair")] };
        var negative = Clean() with { Events = [Event(-5, "Talk")] };
        var fine = Clean() with { Events = [Event(1, "Talk"), Event(2, "Walk")] };

        Assert.Equal("The event 'Fair' (October 2024) has the number 1, already given to 'Talk' (October 2024); each event has its own number.", Single(twice, "engagement.event.number-invalid").Message);
        Assert.Equal("events[2].number", Single(twice, "engagement.event.number-invalid").Field);
        Assert.Equal("The event 'Talk' (October 2024) is numbered -5; events are numbered from 1.", Single(negative, "engagement.event.number-invalid").Message);
        Assert.DoesNotContain(EngagementRules.Check(fine), f => f.RuleId == "engagement.event.number-invalid");
    }

    [Fact]
    public void When_an_event_is_for_other_people_without_saying_who_then_it_is_a_finding()
    {
        var data = Clean() with
        {
            Events = [new EngagementEvent { Date = EngagementDate.Parse("October 2024"), Name = "Talk", Audiences = [Audience.Other], Organiser = Organiser.Corporation }],
        };
        Assert.Equal("The event 'Talk' (October 2024) is for an \"other\" audience but does not say who.", Single(data, "engagement.event.audience").Message);
    }

    [Theory]
    [InlineData(2025, 3, 30, 1, 30, Severity.Error, "a time skipped when the clocks go forward that day")]
    [InlineData(2024, 10, 27, 1, 30, Severity.Warning, "a time that happens twice when the clocks go back that day")]
    public void When_a_meeting_starts_in_the_hour_the_clocks_change_then_it_is_a_finding(int year, int month, int day, int hour, int minute, Severity severity, string reason)
    {
        var meetings = Clean().Meetings.ToArray();
        meetings[0] = meetings[0] with { Date = new LocalDate(year, month, day), Start = new LocalTime(hour, minute) };
        var finding = Single(Clean() with { Meetings = meetings }, "engagement.meeting.time-invalid");
        Assert.Equal(severity, finding.Severity);
        Assert.EndsWith(reason + ".", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_FluentValidation_validator_gives_the_same_findings_with_rule_ids_as_error_codes()
    {
        var data = CityOfLondonDataset.February2024.Engagement!;
        var result = EngagementRules.Default.ToValidator().Validate(data);
        Assert.False(result.IsValid);
        Assert.Equal(EngagementRules.Check(data), RuleValidation.ToFindings(result));
        Assert.All(result.Errors, e => Assert.StartsWith("engagement.", e.ErrorCode, StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Severity == FluentValidation.Severity.Info);
        Assert.True(EngagementRules.Default.ToValidator().Validate(Clean()).IsValid);
    }

    [Fact]
    public void Every_rule_has_a_unique_id_a_description_and_is_in_the_engagement_namespace()
    {
        var rules = EngagementRules.Default.Descriptors;
        Assert.Equal(18, rules.Count);
        Assert.All(rules, r =>
        {
            Assert.StartsWith("engagement.", r.Id, StringComparison.Ordinal);
            Assert.Equal(EngagementRules.Area, r.Area);
            Assert.EndsWith(".", r.Explanation, StringComparison.Ordinal);
        });
    }
}
