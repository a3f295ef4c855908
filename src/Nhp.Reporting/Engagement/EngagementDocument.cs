using System.Globalization;
using Nhp.Engagement;
using Nhp.Metrics;
using Nhp.Reporting.Documents;
using Nhp.Text;
using NodaTime;
using NodaTime.Text;

namespace Nhp.Reporting.Engagement;

/// <summary>
/// Builds the engagement report's document: model, schedule, meetings, "you said, we did", events, metrics, findings.
/// The schedule's position comes from <see cref="PanelSchedule"/> and overdue items from
/// <see cref="Nhp.Engagement.YouSaidWeDid.IsOverdue"/>, the queries the checks judge with.
/// </summary>
internal static class EngagementDocument
{
    private const string NotRecorded = "not recorded";
    private static readonly LocalDatePattern DayDate = LocalDatePattern.Create("ddd d MMMM uuuu", CultureInfo.InvariantCulture);

    public const string Title = "Cluster panels and community engagement";

    public static Document Build(EngagementData? data, string datasetName)
    {
        var doc = new DocumentBuilder(Title + ": " + (data?.Name ?? datasetName));
        if (data is null)
        {
            return doc.Paragraph("This dataset holds no cluster panel or community engagement data.").Build();
        }

        var findings = EngagementRules.Check(data);
        doc.Paragraph($"Data as at {Wording.Date(data.AsOf)}. Meetings dated before then are counted as held. {Count(findings.Count, "finding", "findings")} (see the end).");
        Model(doc, data);
        Schedule(doc, data);
        Places(doc, data);
        Meetings(doc, data);
        YouSaidWeDid(doc, data);
        Events(doc, data);
        Metrics(doc, data);
        doc.Heading("Findings").Findings(findings, "No findings: the schedule meets the model and the records are complete.");
        return doc.Build();
    }

    private static void Model(DocumentBuilder doc, EngagementData data)
    {
        var model = data.Model;
        var clusters = data.Places.Clusters.Count;
        doc.Heading("The panel model");
        var items = new List<string>
        {
            $"Each cluster panel meets {Times(model.MeetingsPerClusterPerYear)} a panel year: {Count((long)clusters * model.MeetingsPerClusterPerYear, "meeting", "meetings")} across {Count(clusters, "cluster", "clusters")}. Panel years run from {Wording.Month(model.FirstYearStarts)}.",
        };
        if (model.CorporationMeetingsPerYear > 0)
        {
            var departments = model.CorporationDepartments.Count == 0 ? "The Corporation" : $"The Corporation ({string.Join(", ", model.CorporationDepartments)})";
            items.Add($"{departments} is invited to every meeting and has committed to attend {Number(model.CorporationMeetingsPerYear)} a year.");
        }

        if (model.CityWideBusinessMeetingsFrom is { } from && model.CityWideBusinessMeetingsPerYear > 0)
        {
            items.Add($"{Count(model.CityWideBusinessMeetingsPerYear, "City-wide business meeting", "City-wide business meetings")} a year from {from.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (model.PilotEnds is { } pilot)
        {
            items.Add($"The pilot of the model ends in {Wording.Month(pilot)}.");
        }

        items.Add($"A meeting with no end time is taken to last {Minutes(model.AssumedMeetingLength)} (for clashes and the calendar).");
        doc.Bullets(items);
    }

    private static void Schedule(DocumentBuilder doc, EngagementData data)
    {
        doc.Heading("How the schedule meets the model");
        var schedule = PanelSchedule.For(data);
        if (schedule.Years.Count == 0 || data.Places.Clusters.Count == 0)
        {
            doc.Paragraph("No panel year has started and no meetings are booked.");
            return;
        }

        doc.Table(
            [new("Panel year"), new("Cluster"), TableColumn.Numeric("Booked or held"), TableColumn.Numeric("Held"), TableColumn.Numeric("Model"), new("Position")],
            schedule.ByYear.Select(p => TableRow.Of(
                Wording.Span(p.Year),
                p.Cluster,
                Number(p.Booked),
                Number(p.Held),
                Number(p.Required),
                p.ToBook > 0 ? $"{Number(p.ToBook)} more to book" : p.BeyondModel > 0 ? $"{Number(p.BeyondModel)} more than the model" : "meets the model")));
    }

    private static void Places(DocumentBuilder doc, EngagementData data)
    {
        doc.Heading("Clusters and wards");
        var places = data.Places;
        doc.Paragraph($"{Count(places.Wards.Count, "ward", "wards")}; sectors: {(places.Sectors.Count == 0 ? "none configured" : string.Join(", ", places.Sectors))}. The ward-to-cluster mapping is configuration supplied by the user, not taken from a published source.");
        if (places.MappingNote is { } note)
        {
            doc.Paragraph(note);
        }

        var rows = places.Clusters
            .Select(c => (IReadOnlyList<string>)[c.Name, c.Sector ?? "not configured", c.Wards.Count == 0 ? "not configured" : string.Join(", ", c.Wards)])
            .ToArray();
        Table(doc, ["Cluster", "Sector", "Wards"], rows);
        var mapped = places.Clusters.SelectMany(c => c.Wards).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unmapped = places.Wards.Where(w => !mapped.Contains(w.Name)).Select(w => w.Name).ToArray();
        if (mapped.Count > 0 && unmapped.Length > 0)
        {
            doc.Paragraph("Wards in no cluster: " + string.Join(", ", unmapped) + ".");
        }
    }

    private static void Meetings(DocumentBuilder doc, EngagementData data)
    {
        doc.Heading("Meetings");
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
        Table(doc, ["Date", "Time", "Cluster", "Venue", "Format", "Status", "Corporation", "Attendees", "Topics (police / Corporation / both / other)"], rows, new HashSet<int> { 7 });

        var withTopics = meetings.Where(m => m.Topics.Count > 0).ToArray();
        doc.Subheading("Topics raised, by remit");
        if (withTopics.Length == 0)
        {
            doc.Paragraph("No topics have been recorded yet.");
            return;
        }

        var topicRows = withTopics.SelectMany(m => m.Topics.Select(t => (IReadOnlyList<string>)[m.Group(), Wording.Date(m.Date), t.Text, RemitName(t.Remit)])).ToArray();
        Table(doc, ["Cluster", "Meeting", "Topic", "Remit"], topicRows);
    }

    private static void YouSaidWeDid(DocumentBuilder doc, EngagementData data)
    {
        doc.Heading("You said, we did");
        var items = data.Meetings.OrderBy(m => m.Date).ThenBy(m => m.Start)
            .SelectMany(m => m.YouSaidWeDid.Select(i => (Meeting: m, Item: i))).ToArray();
        var open = items.Where(x => x.Item.Status == ActionStatus.Open).ToArray();
        var closed = items.Where(x => x.Item.Status == ActionStatus.Closed).ToArray();
        doc.Subheading($"Open ({Number(open.Length)})");
        if (open.Length == 0)
        {
            doc.Paragraph("None recorded.");
        }
        else
        {
            Table(doc, ["Raised at", "You said", "We did so far", "Owner", "Due"], open.Select(x => (IReadOnlyList<string>)
            [
                $"{x.Meeting.Group()}, {Wording.Date(x.Meeting.Date)}",
                x.Item.YouSaid,
                x.Item.WeDid ?? "—",
                x.Item.Owner ?? "—",
                x.Item.Due is { } due ? Wording.Date(due) + (x.Item.IsOverdue(data.AsOf) ? " (overdue)" : string.Empty) : "—",
            ]).ToArray());
        }

        doc.Subheading($"Closed ({Number(closed.Length)})");
        if (closed.Length == 0)
        {
            doc.Paragraph("None recorded.");
        }
        else
        {
            Table(doc, ["Raised at", "You said", "We did", "Owner", "Closed"], closed.Select(x => (IReadOnlyList<string>)
            [
                $"{x.Meeting.Group()}, {Wording.Date(x.Meeting.Date)}",
                x.Item.YouSaid,
                x.Item.WeDid ?? "—",
                x.Item.Owner ?? "—",
                x.Item.Closed is { } c ? Wording.Date(c) : "—",
            ]).ToArray());
        }
    }

    private static void Events(DocumentBuilder doc, EngagementData data)
    {
        doc.Heading("Engagement events");
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
        doc.Subheading("By month and audience");
        var audiences = Enum.GetValues<Audience>();
        var summary = months.Select(g => (IReadOnlyList<string>)
            [Wording.Month(g.Key), Number(g.Count()), .. audiences.Select(a => Number(g.Count(e => e.Audiences.Contains(a))))]).ToList();
        IReadOnlyList<string> total = ["Total", Number(data.Events.Count), .. audiences.Select(a => Number(data.Events.Count(e => e.Audiences.Contains(a))))];
        Table(doc, ["Month", "Events", .. audiences.Select(a => a.ToString())], summary, Enumerable.Range(1, audiences.Length + 1).ToHashSet(), total);

        foreach (var month in months)
        {
            doc.Subheading(Wording.Month(month.Key));
            Table(doc, ["#", "Date", "Event", "Audiences", "Organiser"], month.Select(e => (IReadOnlyList<string>)
            [
                e.Number is { } n ? Number(n) : "—",
                e.DateText is { } printed ? $"{printed} (taken as {e.Date})" : e.Date.ToString(),
                e.Name,
                AudienceText(e),
                OrganiserName(e.Organiser),
            ]).ToArray(), new HashSet<int> { 0 });
        }
    }

    private static void Metrics(DocumentBuilder doc, EngagementData data)
    {
        doc.Heading("Community Engagement Strategic Plan: outcomes and metrics");
        doc.Subheading("Outcomes");
        doc.Bullets(data.Metrics.Outcomes.Select(o => $"{o.Label}. {o.Text}").ToArray());
        doc.Subheading("Metrics");
        var quarters = data.MetricValues.Select(v => v.Quarter).Distinct().Order().ToArray();
        var rows = data.Metrics.StrategicPlan.Select(m => (IReadOnlyList<string>)
        [
            EngagementMetrics.Letter(m),
            m.Name,
            .. quarters.Select(q => MetricCell(m, data.MetricValues.FirstOrDefault(v => data.Metrics.Find(v.Metric) == m && v.Quarter == q))),
        ]).ToArray();
        Table(doc, ["", "Metric", .. quarters.Select(q => q.ToString())], rows, Enumerable.Range(2, quarters.Length).ToHashSet());
        if (quarters.Length == 0)
        {
            doc.Paragraph("No quarterly values have been entered yet.");
        }

        doc.Paragraph("Monitored, but not performance metrics: " + string.Join("; ", data.Metrics.MonitoredNotMeasured) + ".");
    }

    // Plain-text cells; the columns listed in numeric are right-aligned; totals, when given, is set apart at the foot.
    private static void Table(DocumentBuilder doc, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, HashSet<int>? numeric = null, IReadOnlyList<string>? totals = null)
    {
        static TableRow Row(IReadOnlyList<string> cells) => new([.. cells.Select(TableCell.FromString)]);
        doc.Table(
            [.. headers.Select((h, i) => numeric?.Contains(i) == true ? TableColumn.Numeric(h) : new TableColumn(h))],
            rows.Select(Row),
            totals is null ? null : Row(totals));
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

    private static string Number(int n) => Wording.Number(n);

    private static string Count(long n, string one, string many) => Wording.Count(n, one, many);

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
