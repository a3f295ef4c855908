using System.Globalization;
using System.Text;
using Nhp.Engagement;
using NodaTime;

namespace Nhp.Reporting.Engagement;

/// <summary>
/// The panel schedule as an iCalendar file (RFC 5545) that people can subscribe to: one VEVENT per meeting, with
/// local times in Europe/London (TZID with a VTIMEZONE for the UK rules), CRLF line ends and folding at 75 octets.
/// </summary>
/// <remarks>
/// <para>
/// Deterministic: the same data always gives the same bytes. DTSTAMP does not read the clock: it is the data's as-of
/// date (<see cref="EngagementData.AsOf"/>) at 00:00 UTC, the moment the schedule was last stated. Republish with a
/// later as-of date so subscribers' calendars pick up changes.
/// </para>
/// <para>
/// UID: the meeting's <see cref="PanelMeeting.Id"/> when given, otherwise <c>yyyyMMddTHHmm-cluster</c> from its local
/// start and cluster (or <c>city-wide-business</c>), then <c>@nhp-cluster-panels</c>. A meeting with no end time
/// ends after the model's assumed length. Cancelled meetings are kept with STATUS:CANCELLED so calendars remove them.
/// </para>
/// </remarks>
internal static class PanelCalendar
{
    public const string UidDomain = "nhp-cluster-panels";

    // The UK rules since 1996: BST from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October.
    private static readonly string[] EuropeLondon =
    [
        "BEGIN:VTIMEZONE",
        "TZID:Europe/London",
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0000",
        "TZOFFSETTO:+0100",
        "TZNAME:BST",
        "DTSTART:19700329T010000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0000",
        "TZNAME:GMT",
        "DTSTART:19701025T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
    ];

    public static string Render(EngagementData? data, string name)
    {
        var ics = new StringBuilder();
        void Line(string line) => ICalendarText.AppendLine(ics, line);

        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:-//Nhp//Cluster panels//EN");
        Line("CALSCALE:GREGORIAN");
        Line("METHOD:PUBLISH");
        Line("X-WR-CALNAME:" + ICalendarText.Escape(name));
        Line("X-WR-TIMEZONE:Europe/London");
        foreach (var line in EuropeLondon)
        {
            Line(line);
        }

        if (data is not null)
        {
            var stamp = Utc(data.AsOf);
            foreach (var meeting in data.Meetings.OrderBy(m => m.Date).ThenBy(m => m.Start).ThenBy(m => m.Group(), StringComparer.Ordinal))
            {
                Line("BEGIN:VEVENT");
                Line("UID:" + ICalendarText.Escape(Uid(meeting)));
                Line("DTSTAMP:" + stamp);
                Line("DTSTART;TZID=Europe/London:" + Local(meeting.Date.At(meeting.Start)));
                Line("DTEND;TZID=Europe/London:" + Local(meeting.EndsAt(data.Model.AssumedMeetingLength)));
                Line("SUMMARY:" + ICalendarText.Escape(Summary(meeting)));
                Line("LOCATION:" + ICalendarText.Escape(meeting.Venue));
                Line("DESCRIPTION:" + ICalendarText.Escape(Description(meeting, data.Model)));
                Line("CATEGORIES:" + (meeting.Kind == MeetingKind.CityWideBusiness ? "City-wide business meeting" : "Cluster panel"));
                Line("STATUS:" + (meeting.Cancelled ? "CANCELLED" : "CONFIRMED"));
                Line("TRANSP:OPAQUE");
                Line("END:VEVENT");
            }
        }

        Line("END:VCALENDAR");
        return ics.ToString();
    }

    internal static string Uid(PanelMeeting meeting)
    {
        if (!string.IsNullOrWhiteSpace(meeting.Id))
        {
            return meeting.Id.Trim().Contains('@', StringComparison.Ordinal) ? meeting.Id.Trim() : meeting.Id.Trim() + "@" + UidDomain;
        }

        var who = meeting.Kind == MeetingKind.CityWideBusiness ? "city-wide-business" : Slug(meeting.Cluster ?? "cluster");
        return meeting.Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "T" + meeting.Start.ToString("HHmm", CultureInfo.InvariantCulture) + "-" + who + "@" + UidDomain;
    }

    private static string Summary(PanelMeeting meeting) =>
        meeting.Title ?? (meeting.Kind == MeetingKind.CityWideBusiness ? "City-wide business meeting" : $"{meeting.Cluster} Cluster Panel");

    private static string Description(PanelMeeting meeting, PanelModel model)
    {
        var format = meeting.Format switch
        {
            MeetingFormat.InPerson => "In person.",
            MeetingFormat.Hybrid => "Hybrid: in person and online.",
            _ => "Online.",
        };
        var what = meeting.Kind == MeetingKind.CityWideBusiness
            ? "City-wide business meeting"
            : $"Public meeting of the {meeting.Cluster} cluster panel";
        var corporation = model.CorporationDepartments.Count == 0
            ? string.Empty
            : $"\n{model.CorporationName ?? "The local authority"} ({string.Join(", ", model.CorporationDepartments)}) is invited.";
        return $"{what}. {format}{corporation}";
    }

    private static string Utc(LocalDate date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "T000000Z";

    private static string Local(LocalDateTime time) => time.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    private static string Slug(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().TrimEnd('-');
    }
}
