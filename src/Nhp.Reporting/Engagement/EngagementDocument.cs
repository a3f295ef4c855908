using System.Globalization;
using Nhp.Engagement;
using Nhp.Metrics;
using NodaTime;
using NodaTime.Text;

namespace Nhp.Reporting.Engagement;

/// <summary>Lays out the engagement report's content: model, schedule, meetings, "you said, we did", events, metrics, findings.</summary>
internal static class EngagementDocument
{
    private const string NotRecorded = "not recorded";
    private static readonly LocalDatePattern LongDate = LocalDatePattern.Create("d MMMM uuuu", CultureInfo.InvariantCulture);
    private static readonly LocalDatePattern DayDate = LocalDatePattern.Create("ddd d MMMM uuuu", CultureInfo.InvariantCulture);
    private static readonly YearMonthPattern MonthName = YearMonthPattern.Create("MMMM uuuu", CultureInfo.InvariantCulture);

    public const string Title = "Cluster panels and community engagement";

    public static ReportDocument Build(EngagementData? data, string datasetName)
    {
        var doc = new ReportDocument();
        doc.Heading(1, Title + ": " + (data?.Name ?? datasetName));
        if (data is null)
        {
            doc.Paragraph("This dataset holds no cluster panel or community engagement data.");
            return doc;
        }

        var findings = EngagementRules.Check(data);
        doc.Paragraph($"Data as at {LongDate.Format(data.AsOf)}. Meetings dated before then are counted as held. {Count(findings.Count, "finding", "findings")} (see the end).");
        Model(doc, data);
        Schedule(doc, data);
        Places(doc, data);
        Meetings(doc, data);
        YouSaidWeDid(doc, data);
        Events(doc, data);
        Metrics(doc, data);
        doc.Heading(2, "Findings");
        if (findings.Count == 0)
        {
            doc.Paragraph("No findings: the schedule meets the model and the records are complete.");
        }
        else
        {
            doc.FindingList(findings);
        }

        return doc;
    }

    private static void Model(ReportDocument doc, EngagementData data)
    {
        var model = data.Model;
        var clusters = data.Places.Clusters.Count;
        doc.Heading(2, "The panel model");
        var items = new List<string>
        {
            $"Each cluster panel meets {Times(model.MeetingsPerClusterPerYear)} a panel year: {Count(checked(clusters * model.MeetingsPerClusterPerYear), "meeting", "meetings")} across {Count(clusters, "cluster", "clusters")}. Panel years run from {MonthName.Format(model.FirstYearStarts)}.",
        };
        if (model.CorporationMeetingsPerYear > 0)
        {
            var departments = model.CorporationDepartments.Count == 0 ? "The Corporation" : $"The Corporation ({string.Join(", ", model.CorporationDepartments)})";
            items.Add($"{departments} is invited to every meeting and has committed to attend {Number(model.CorporationMeetingsPerYear)} a year.");
        }

        if (model.CityWideBusinessMeetingsFrom is { } from && model.CityWideBusinessMeetingsPerYear > 0)
        {
            items.Add($"{Count(model.CityWideBusinessMeetingsPerYear, "City-wide business meeting", "City-wide business meetings")} a year from {Number(from)}.");
        }

        if (model.PilotEnds is { } pilot)
        {
            items.Add($"The pilot of the model ends in {MonthName.Format(pilot)}.");
        }

        items.Add($"A meeting with no end time is taken to last {Minutes(model.AssumedMeetingLength)} (for clashes and the calendar).");
        doc.Bullets(items);
    }

    private static void Schedule(ReportDocument doc, EngagementData data)
    {
        doc.Heading(2, "How the schedule meets the model");
        var years = Years(data);
        if (years.Count == 0 || data.Places.Clusters.Count == 0)
        {
            doc.Paragraph("No panel year has started and no meetings are booked.");
            return;
        }

        var required = data.Model.MeetingsPerClusterPerYear;
        var rows = new List<IReadOnlyList<string>>();
        foreach (var year in years)
        {
            foreach (var cluster in data.Places.Clusters)
            {
                var meetings = data.Meetings.Where(m => !m.Cancelled && m.Kind == MeetingKind.ClusterPanel
                    && string.Equals(m.Cluster?.Trim(), cluster.Name.Trim(), StringComparison.OrdinalIgnoreCase) && year.Contains(m.Date)).ToArray();
                var held = meetings.Count(m => m.IsHeld(data.AsOf));
                var gap = required - meetings.Length;
                var status = gap > 0 ? $"{Number(gap)} more to book" : gap < 0 ? $"{Number(-gap)} more than the model" : "meets the model";
                rows.Add([Span(year), cluster.Name, Number(meetings.Length), Number(held), Number(required), status]);
            }
        }

        doc.Table(["Panel year", "Cluster", "Booked or held", "Held", "Model", "Position"], rows, new HashSet<int> { 2, 3, 4 });
    }

    private static void Places(ReportDocument doc, EngagementData data)
    {
        doc.Heading(2, "Clusters and wards");
        var places = data.Places;
        doc.Paragraph($"{Count(places.Wards.Count, "ward", "wards")}; sectors: {(places.Sectors.Count == 0 ? "none configured" : string.Join(", ", places.Sectors))}. The ward-to-cluster mapping is configuration supplied by the user, not taken from a published source.");
        if (places.MappingNote is { } note)
        {
            doc.Paragraph(note);
        }

        var rows = places.Clusters
            .Select(c => (IReadOnlyList<string>)[c.Name, c.Sector ?? "not configured", c.Wards.Count == 0 ? "not configured" : string.Join(", ", c.Wards)])
            .ToArray();
        doc.Table(["Cluster", "Sector", "Wards"], rows);
        var mapped = places.Clusters.SelectMany(c => c.Wards).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unmapped = places.Wards.Where(w => !mapped.Contains(w.Name)).Select(w => w.Name).ToArray();
        if (mapped.Count > 0 && unmapped.Length > 0)
        {
            doc.Paragraph("Wards in no cluster: " + string.Join(", ", unmapped) + ".");
        }
    }

    private static void Meetings(ReportDocument doc, EngagementData data)
    {
        doc.Heading(2, "Meetings");
        var meetings = data.Meetings.OrderBy(m => m.Date).ThenBy(m => m.Start).ToArray();
        if (meetings.Length == 0)
        {
            doc.Paragraph("No meetings are booked.");
            return;
        }

        doc.Paragraph("Attendance is monitored, alongside the topics raised, but is not a performance metric.");
        var rows = meetings.Select(m => (IReadOnlyList<string>)
        [
            DayDate.Format(m.Date),
            Time(m),
            m.Group(),
            m.Venue,
            Format(m.Format),
            m.Cancelled ? "cancelled" : m.IsHeld(data.AsOf) ? "held" : "booked",
            Corporation(m),
            m.Attendees is { } a ? Number(a) : m.IsHeld(data.AsOf) ? NotRecorded : "—",
            Topics(m, data.AsOf),
        ]).ToArray();
        doc.Table(["Date", "Time", "Cluster", "Venue", "Format", "Status", "Corporation", "Attendees", "Topics (police / Corporation / both / other)"], rows, new HashSet<int> { 7 });

        var withTopics = meetings.Where(m => m.Topics.Count > 0).ToArray();
        doc.Heading(3, "Topics raised, by remit");
        if (withTopics.Length == 0)
        {
            doc.Paragraph("No topics have been recorded yet.");
            return;
        }

        var topicRows = withTopics.SelectMany(m => m.Topics.Select(t => (IReadOnlyList<string>)[m.Group(), LongDate.Format(m.Date), t.Text, RemitName(t.Remit)])).ToArray();
        doc.Table(["Cluster", "Meeting", "Topic", "Remit"], topicRows);
    }

    private static void YouSaidWeDid(ReportDocument doc, EngagementData data)
    {
        doc.Heading(2, "You said, we did");
        var items = data.Meetings.OrderBy(m => m.Date).ThenBy(m => m.Start)
            .SelectMany(m => m.YouSaidWeDid.Select(i => (Meeting: m, Item: i))).ToArray();
        var open = items.Where(x => x.Item.Status == ActionStatus.Open).ToArray();
        var closed = items.Where(x => x.Item.Status == ActionStatus.Closed).ToArray();
        doc.Heading(3, $"Open ({Number(open.Length)})");
        if (open.Length == 0)
        {
            doc.Paragraph("None recorded.");
        }
        else
        {
            doc.Table(["Raised at", "You said", "We did so far", "Owner", "Due"], open.Select(x => (IReadOnlyList<string>)
            [
                $"{x.Meeting.Group()}, {LongDate.Format(x.Meeting.Date)}",
                x.Item.YouSaid,
                x.Item.WeDid ?? "—",
                x.Item.Owner ?? "—",
                x.Item.Due is { } due ? LongDate.Format(due) + (due < data.AsOf ? " (overdue)" : string.Empty) : "—",
            ]).ToArray());
        }

        doc.Heading(3, $"Closed ({Number(closed.Length)})");
        if (closed.Length == 0)
        {
            doc.Paragraph("None recorded.");
        }
        else
        {
            doc.Table(["Raised at", "You said", "We did", "Owner", "Closed"], closed.Select(x => (IReadOnlyList<string>)
            [
                $"{x.Meeting.Group()}, {LongDate.Format(x.Meeting.Date)}",
                x.Item.YouSaid,
                x.Item.WeDid ?? "—",
                x.Item.Owner ?? "—",
                x.Item.Closed is { } c ? LongDate.Format(c) : "—",
            ]).ToArray());
        }
    }

    private static void Events(ReportDocument doc, EngagementData data)
    {
        doc.Heading(2, "Engagement events");
        if (data.Events.Count == 0)
        {
            doc.Paragraph("No engagement events are recorded.");
            return;
        }

        // Within a month, the order of the source table (its row numbers) when there is one, else by date.
        var months = data.Events
            .OrderBy(e => e.Date.Month)
            .ThenBy(e => e.Number is null)
            .ThenBy(e => e.Number)
            .ThenBy(e => e.Date.Start)
            .ThenBy(e => e.Date.End)
            .GroupBy(e => e.Date.Month)
            .ToArray();
        doc.Paragraph($"{Count(data.Events.Count, "event", "events")}, grouped by the month each starts in, in the order of the source within a month. An event can have several audiences, so the audience columns do not add up to the events.");
        doc.Heading(3, "By month and audience");
        var audiences = Enum.GetValues<Audience>();
        var summary = months.Select(g => (IReadOnlyList<string>)
            [MonthName.Format(g.Key), Number(g.Count()), .. audiences.Select(a => Number(g.Count(e => e.Audiences.Contains(a))))]).ToList();
        summary.Add(["Total", Number(data.Events.Count), .. audiences.Select(a => Number(data.Events.Count(e => e.Audiences.Contains(a))))]);
        doc.Table(["Month", "Events", .. audiences.Select(a => a.ToString())], summary, Enumerable.Range(1, audiences.Length + 1).ToHashSet());

        foreach (var month in months)
        {
            doc.Heading(3, MonthName.Format(month.Key));
            doc.Table(["#", "Date", "Event", "Audiences", "Organiser"], month.Select(e => (IReadOnlyList<string>)
            [
                e.Number is { } n ? Number(n) : "—",
                e.DateText is { } printed ? $"{printed} (taken as {e.Date})" : e.Date.ToString(),
                e.Name,
                AudienceText(e),
                OrganiserName(e.Organiser),
            ]).ToArray(), new HashSet<int> { 0 });
        }
    }

    private static void Metrics(ReportDocument doc, EngagementData data)
    {
        doc.Heading(2, "Community Engagement Strategic Plan: outcomes and metrics");
        doc.Heading(3, "Outcomes");
        doc.Bullets(data.Metrics.Outcomes.Select(o => $"{o.Label}. {o.Text}").ToArray());
        doc.Heading(3, "Metrics");
        var quarters = data.MetricValues.Select(v => v.Quarter).Distinct().Order().ToArray();
        var rows = data.Metrics.StrategicPlan.Select(m => (IReadOnlyList<string>)
        [
            EngagementMetrics.Letter(m),
            m.Name,
            .. quarters.Select(q => MetricCell(m, data.MetricValues.FirstOrDefault(v => data.Metrics.Find(v.Metric) == m && v.Quarter == q))),
        ]).ToArray();
        doc.Table(["", "Metric", .. quarters.Select(q => q.ToString())], rows, Enumerable.Range(2, quarters.Length).ToHashSet());
        if (quarters.Length == 0)
        {
            doc.Paragraph("No quarterly values have been entered yet.");
        }

        doc.Paragraph("Monitored, but not performance metrics: " + string.Join("; ", data.Metrics.MonitoredNotMeasured) + ".");
    }

    private static List<DateInterval> Years(EngagementData data)
    {
        var years = new List<DateInterval>();
        var last = data.Meetings.Select(m => m.Date).Append(data.AsOf).Max();
        var year = data.Model.YearContaining(data.Model.FirstYearStarts.OnDayOfMonth(1));
        while (year is not null && year.Start <= last)
        {
            years.Add(year);
            year = data.Model.YearContaining(year.End.PlusDays(1));
        }

        return years;
    }

    private static string MetricCell(MeasureDefinition metric, EngagementMetricValue? value) => value switch
    {
        null => "—",
        { Value: { } v, Text: { } t } => MeasureFormat.Value(v, metric.Unit) + " (" + t + ")",
        { Value: { } v } => MeasureFormat.Value(v, metric.Unit),
        _ => value.Text ?? "—",
    };

    private static string Time(PanelMeeting m) =>
        m.End is { } end ? PanelTime(m.Start) + "–" + PanelTime(end) : PanelTime(m.Start);

    private static string PanelTime(LocalTime time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Corporation(PanelMeeting m) => m.CorporationAttended switch
    {
        true => m.CorporationDepartments.Count == 0 ? "attended" : "attended: " + string.Join(", ", m.CorporationDepartments),
        false => "did not attend",
        null => "not recorded",
    };

    private static string Topics(PanelMeeting m, LocalDate asOf)
    {
        if (m.Topics.Count == 0)
        {
            return m.IsHeld(asOf) ? NotRecorded : "—";
        }

        int Of(Remit r) => m.Topics.Count(t => t.Remit == r);
        return $"{Number(m.Topics.Count)}: {Number(Of(Remit.Police))} / {Number(Of(Remit.Corporation))} / {Number(Of(Remit.Both))} / {Number(Of(Remit.Other))}";
    }

    internal static string Format(MeetingFormat format) => format switch
    {
        MeetingFormat.InPerson => "In person",
        MeetingFormat.Hybrid => "Hybrid",
        _ => "Online",
    };

    private static string RemitName(Remit remit) => remit switch
    {
        Remit.Police => "Police",
        Remit.Corporation => "Corporation",
        Remit.Both => "Police and Corporation",
        _ => "Other",
    };

    private static string OrganiserName(Organiser organiser) => organiser switch
    {
        Organiser.Police => "Police",
        Organiser.PoliceAuthority => "Police Authority",
        _ => "Corporation",
    };

    private static string AudienceText(EngagementEvent e) =>
        string.Join(", ", e.Audiences.Select(a => a == Audience.Other && e.AudienceNote is { } note ? $"Other ({note})" : a.ToString()));

    private static string Span(DateInterval interval) => LongDate.Format(interval.Start) + " to " + LongDate.Format(interval.End);

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Count(int n, string one, string many) => Number(n) + " " + (n == 1 ? one : many);

    private static string Times(int n) => n switch
    {
        1 => "once",
        2 => "twice",
        _ => Number(n) + " times",
    };

    private static string Minutes(Duration length)
    {
        var minutes = (long)length.TotalMinutes;
        var (h, m) = (minutes / 60, minutes % 60);
        var hours = h == 0 ? string.Empty : h.ToString(CultureInfo.InvariantCulture) + (h == 1 ? " hour" : " hours");
        var mins = m == 0 ? string.Empty : m.ToString(CultureInfo.InvariantCulture) + " minutes";
        return string.Join(" ", new[] { hours, mins }.Where(s => s.Length > 0));
    }
}
