using Nhp.Datasets.CityOfLondon;
using System.Globalization;
using System.Text;
using Nhp.Datasets;
using Nhp.Engagement;
using Nhp.Reporting.Engagement;
using NodaTime;

namespace Nhp.Reporting.Tests.Engagement;

/// <summary>The RFC 5545 rules the calendar export must keep, checked on the default dataset and on awkward data.</summary>
public sealed class PanelCalendarTest
{
    private static string Render(EngagementData data) =>
        new EngagementReport().RenderToString(CityOfLondonDataset.February2024 with { Engagement = data }, ReportFormat.ICalendar);

    private static EngagementData Awkward() => CityOfLondonDataset.February2024.Engagement! with
    {
        Meetings =
        [
            .. CityOfLondonDataset.February2024.Engagement!.Meetings,
            new PanelMeeting
            {
                Kind = MeetingKind.CityWideBusiness,
                Date = new LocalDate(2025, 7, 2),
                Start = new LocalTime(8, 30),
                End = new LocalTime(10, 0),
                Venue = "Guildhall; Great Hall, Gresham St\\EC2V 7HH — Ålesund Room 🏛 with a very long name that must be folded over several lines",
                Format = MeetingFormat.Online,
                Title = "Business meeting:\nretail, offices & night-time economy",
            },
        ],
    };

    [Fact]
    public void Every_line_ends_with_CRLF_and_there_is_no_bare_line_feed()
    {
        var ics = Render(Awkward());
        Assert.EndsWith("\r\n", ics, StringComparison.Ordinal);
        for (var i = 0; i < ics.Length; i++)
        {
            if (ics[i] == '\n')
            {
                Assert.True(i > 0 && ics[i - 1] == '\r', $"Bare line feed at offset {i}.");
            }

            if (ics[i] == '\r')
            {
                Assert.True(i + 1 < ics.Length && ics[i + 1] == '\n', $"Bare carriage return at offset {i}.");
            }
        }
    }

    [Fact]
    public void No_line_is_longer_than_75_octets_and_unfolding_restores_the_content_lines()
    {
        var ics = Render(Awkward());
        var physical = ics.Split("\r\n")[..^1];
        Assert.All(physical, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"Line of {Encoding.UTF8.GetByteCount(line)} octets: {line}"));
        Assert.Contains(physical, line => line.StartsWith(' '));

        // No line starts or ends inside a UTF-16 surrogate pair.
        Assert.All(physical, line => Assert.False(line.Length > 0 && (char.IsLowSurrogate(line[0]) || char.IsHighSurrogate(line[^1]))));

        var location = Unfold(ics).Single(l => l.StartsWith("LOCATION:Guildhall", StringComparison.Ordinal));
        Assert.Equal(
            "LOCATION:Guildhall\\; Great Hall\\, Gresham St\\\\EC2V 7HH — Ålesund Room 🏛 with a very long name that must be folded over several lines",
            location);
    }

    [Fact]
    public void Text_values_escape_backslash_semicolon_comma_and_line_breaks()
    {
        var lines = Unfold(Render(Awkward()));
        Assert.Contains("SUMMARY:Business meeting:\\nretail\\, offices & night-time economy", lines);
        Assert.Contains("LOCATION:Innholders Hall\\, College St", lines);
        Assert.Equal("a\\\\b\\;c\\,d\\ne", ICalendarText.Escape("a\\b;c,d\r\ne"));
    }

    [Fact]
    public void Every_event_has_a_unique_UID_and_the_UIDs_do_not_change_between_runs()
    {
        var first = Events(Unfold(Render(Awkward()))).Select(e => Property(e, "UID")).ToArray();
        var second = Events(Unfold(Render(Awkward()))).Select(e => Property(e, "UID")).ToArray();
        Assert.Equal(7, first.Length);
        Assert.Equal(first.Length, first.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(first, second);
        Assert.Contains("20241106T1300-bank@nhp-cluster-panels", first);
        Assert.Contains("20250702T0830-city-wide-business@nhp-cluster-panels", first);
    }

    [Fact]
    public void A_meeting_id_given_by_the_user_becomes_its_UID()
    {
        var data = CityOfLondonDataset.February2024.Engagement! with
        {
            Meetings = [CityOfLondonDataset.February2024.Engagement!.Meetings[0] with { Id = "bank-2024-1" }],
        };
        Assert.Equal("bank-2024-1@nhp-cluster-panels", Property(Events(Unfold(Render(data))).Single(), "UID"));
    }

    [Fact]
    public void DTSTAMP_is_the_as_of_date_at_midnight_UTC_not_the_clock()
    {
        var data = CityOfLondonDataset.February2024.Engagement!;
        var stamps = Events(Unfold(Render(data))).Select(e => Property(e, "DTSTAMP")).Distinct().ToArray();
        Assert.Equal(["20241126T000000Z"], stamps);

        var later = Events(Unfold(Render(data with { AsOf = new LocalDate(2025, 1, 31) }))).Select(e => Property(e, "DTSTAMP")).Distinct().ToArray();
        Assert.Equal(["20250131T000000Z"], later);
        Assert.Equal(Render(data), Render(data));
    }

    [Fact]
    public void Times_are_local_with_the_Europe_London_TZID_which_the_file_defines()
    {
        var lines = Unfold(Render(Awkward()));
        var events = Events(lines).ToArray();
        Assert.All(events, e => Assert.StartsWith("DTSTART;TZID=Europe/London:", e.Single(l => l.StartsWith("DTSTART", StringComparison.Ordinal)), StringComparison.Ordinal));
        Assert.All(events, e => Assert.StartsWith("DTEND;TZID=Europe/London:", e.Single(l => l.StartsWith("DTEND", StringComparison.Ordinal)), StringComparison.Ordinal));
        Assert.Contains("DTSTART;TZID=Europe/London:20241127T183000", lines);
        Assert.Contains("DTEND;TZID=Europe/London:20241127T200000", lines);
        Assert.Contains("DTSTART;TZID=Europe/London:20250702T083000", lines);
        Assert.Contains("DTEND;TZID=Europe/London:20250702T100000", lines);

        var begin = lines.IndexOf("BEGIN:VTIMEZONE");
        Assert.True(begin >= 0);
        Assert.Equal("TZID:Europe/London", lines[begin + 1]);
        Assert.Single(lines, l => l == "BEGIN:VTIMEZONE");
    }

    [Fact]
    public void The_VTIMEZONE_rules_give_the_same_changes_as_the_tz_database_from_2000_to_2037()
    {
        // The file says: BST from the last Sunday of March at 01:00 local (GMT) to the last Sunday of October at
        // 02:00 local (BST), i.e. both at 01:00 UTC. Check every change against NodaTime's copy of the tz database.
        var zone = DateTimeZoneProviders.Tzdb["Europe/London"];
        for (var year = 2000; year <= 2037; year++)
        {
            var spring = LastSunday(year, 3).At(new LocalTime(1, 0)).InUtc().ToInstant();
            var autumn = LastSunday(year, 10).At(new LocalTime(1, 0)).InUtc().ToInstant();
            Assert.Equal(spring, zone.GetZoneInterval(spring).Start);
            Assert.Equal(Offset.FromHours(1), zone.GetUtcOffset(spring));
            Assert.Equal(autumn, zone.GetZoneInterval(autumn).Start);
            Assert.Equal(Offset.Zero, zone.GetUtcOffset(autumn));
        }
    }

    [Fact]
    public void The_file_has_the_structure_a_calendar_application_needs()
    {
        var lines = Unfold(Render(Awkward()));
        Assert.Equal("BEGIN:VCALENDAR", lines[0]);
        Assert.Equal("END:VCALENDAR", lines[^1]);
        Assert.Contains("VERSION:2.0", lines);
        Assert.Contains(lines, l => l.StartsWith("PRODID:", StringComparison.Ordinal));

        // Components nest properly.
        var stack = new Stack<string>();
        foreach (var line in lines)
        {
            if (line.StartsWith("BEGIN:", StringComparison.Ordinal))
            {
                stack.Push(line[6..]);
            }
            else if (line.StartsWith("END:", StringComparison.Ordinal))
            {
                Assert.Equal(stack.Pop(), line[4..]);
            }
            else
            {
                // Every content line is name[;params]:value.
                Assert.Matches("^[A-Z-]+(;[A-Z-]+=[^:;]+)*:", line);
            }
        }

        Assert.Empty(stack);

        // Each event has exactly one of the required properties and ends after it starts.
        foreach (var e in Events(lines))
        {
            foreach (var name in new[] { "UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY" })
            {
                Assert.Single(e, l => l.StartsWith(name + ":", StringComparison.Ordinal) || l.StartsWith(name + ";", StringComparison.Ordinal));
            }

            var start = e.Single(l => l.StartsWith("DTSTART", StringComparison.Ordinal))[^15..];
            var end = e.Single(l => l.StartsWith("DTEND", StringComparison.Ordinal))[^15..];
            Assert.True(string.CompareOrdinal(start, end) < 0, $"{start} is not before {end}");
        }
    }

    [Fact]
    public void Cancelled_meetings_stay_in_the_file_as_cancelled()
    {
        var data = CityOfLondonDataset.February2024.Engagement! with
        {
            Meetings = [CityOfLondonDataset.February2024.Engagement!.Meetings[0] with { Cancelled = true }],
        };
        Assert.Equal("CANCELLED", Property(Events(Unfold(Render(data))).Single(), "STATUS"));
    }

    private static LocalDate LastSunday(int year, int month)
    {
        var last = new LocalDate(year, month, 1).PlusMonths(1).PlusDays(-1);
        return last.DayOfWeek == IsoDayOfWeek.Sunday ? last : last.Previous(IsoDayOfWeek.Sunday);
    }

    internal static List<string> Unfold(string ics) =>
        ics.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ToList();

    private static IEnumerable<List<string>> Events(List<string> lines)
    {
        List<string>? current = null;
        foreach (var line in lines)
        {
            if (line == "BEGIN:VEVENT")
            {
                current = [];
            }
            else if (line == "END:VEVENT" && current is not null)
            {
                yield return current;
                current = null;
            }
            else
            {
                current?.Add(line);
            }
        }
    }

    private static string Property(List<string> e, string name) =>
        e.Single(l => l.StartsWith(name + ":", StringComparison.Ordinal))[(name.Length + 1)..];
}
