using Nhp.Datasets.CityOfLondon;
using Nhp.Datasets;
using Nhp.Engagement;
using Nhp.Reporting.Engagement;
using Nhp.Testing;
using NodaTime;

namespace Nhp.Reporting.Tests.Engagement;

public sealed class EngagementReportTest
{
    private static readonly EngagementReport Report = new();

    [Fact]
    public void The_default_dataset_renders_as_Markdown() =>
        Snapshot.Verify(Report.RenderToString(CityOfLondonDataset.February2024, ReportFormat.Markdown), "md");

    [Fact]
    public void The_default_dataset_renders_as_HTML() =>
        Snapshot.Verify(Report.RenderToString(CityOfLondonDataset.February2024, ReportFormat.Html), "html");

    [Fact]
    public void The_default_dataset_renders_as_plain_text() =>
        Snapshot.Verify(Report.RenderToString(CityOfLondonDataset.February2024, ReportFormat.Text), "txt");

    [Fact]
    public void The_default_dataset_renders_as_an_iCalendar_file() =>
        Snapshot.Verify(Report.RenderToString(CityOfLondonDataset.February2024, ReportFormat.ICalendar), "ics");

    [Theory]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Html)]
    public void Every_meeting_of_the_November_2024_cycle_is_listed_with_venue_format_and_time(ReportFormat format)
    {
        var text = Report.RenderToString(CityOfLondonDataset.February2024, format);
        string[][] expected =
        [
            ["Wed 6 November 2024", "13:00", "Bank", "Innholders Hall, College St", "Hybrid"],
            ["Thu 7 November 2024", "13:00", "Liverpool Street", "100 Bishopsgate", "Hybrid"],
            ["Thu 7 November 2024", "15:00", "Fenchurch Street", "Portsoken Community Centre (incl. Middx St and Mansel St Estate)", "In person"],
            ["Wed 13 November 2024", "16:00", "Fleet Street", "1 Mitre Court, Inner Temple", "Hybrid"],
            ["Wed 13 November 2024", "17:00", "Monument", "Royal Society for Blind Children (RSBC), Lower Thames", "Hybrid"],
            ["Wed 27 November 2024", "18:30", "Barbican", "Golden Lane Community Centre", "Hybrid"],
        ];
        var separator = format == ReportFormat.Markdown ? " | " : "</td><td>";
        foreach (var row in expected)
        {
            Assert.Contains(string.Join(separator, row), text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_report_is_in_the_catalog_with_Markdown_HTML_plain_text_and_iCalendar()
    {
        var report = ReportCatalog.Default.Find("engagement");
        Assert.NotNull(report);
        Assert.Equal([ReportFormat.Markdown, ReportFormat.Html, ReportFormat.Text, ReportFormat.ICalendar], report.Formats);
    }

    [Fact]
    public void Text_from_the_data_is_escaped_in_HTML()
    {
        var data = CityOfLondonDataset.February2024.Engagement! with
        {
            Meetings = [Meeting("<script>alert(1)</script>")],
        };
        var html = Report.RenderToString(CityOfLondonDataset.February2024 with { Engagement = data }, ReportFormat.Html);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dataset_without_engagement_data_says_so()
    {
        var text = Report.RenderToString(CityOfLondonDataset.February2024 with { Engagement = null }, ReportFormat.Markdown);
        Assert.Contains("holds no cluster panel or community engagement data", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Topics_and_you_said_we_did_items_are_shown_by_remit_and_status()
    {
        var meeting = Meeting("Innholders Hall") with
        {
            Attendees = 14,
            CorporationAttended = true,
            Topics =
            [
                new MeetingTopic { Text = "Cycle theft", Remit = Remit.Police },
                new MeetingTopic { Text = "Street lighting", Remit = Remit.Corporation },
                new MeetingTopic { Text = "Rough sleeping", Remit = Remit.Both },
            ],
            YouSaidWeDid =
            [
                new YouSaidWeDid { YouSaid = "Cycle theft at the station", WeDid = "Patrols added", Owner = "Bank DWOs", Status = ActionStatus.Closed, Closed = new LocalDate(2024, 11, 20) },
                new YouSaidWeDid { YouSaid = "Dark alley by the hall", Owner = "Corporation Highways", Status = ActionStatus.Open, Due = new LocalDate(2024, 11, 15) },
            ],
        };
        var data = CityOfLondonDataset.February2024.Engagement! with { Meetings = [meeting] };
        var md = Report.RenderToString(CityOfLondonDataset.February2024 with { Engagement = data }, ReportFormat.Markdown);
        Assert.Contains("| 14 | 3: 1 / 1 / 1 / 0 |", md, StringComparison.Ordinal);
        Assert.Contains("### Open (1)", md, StringComparison.Ordinal);
        Assert.Contains("| Bank, 6 November 2024 | Dark alley by the hall | — | Corporation Highways | 15 November 2024 (overdue) |", md, StringComparison.Ordinal);
        Assert.Contains("### Closed (1)", md, StringComparison.Ordinal);
        Assert.Contains("| Bank, 6 November 2024 | Cycle theft at the station | Patrols added | Bank DWOs | 20 November 2024 |", md, StringComparison.Ordinal);
        Assert.Contains("| Bank | 6 November 2024 | Street lighting | Corporation |", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Metric_values_are_shown_by_financial_quarter_in_the_measure_unit()
    {
        var q3 = Nhp.Periods.FinancialQuarter.Parse("Q3 2024/25");
        var q4 = Nhp.Periods.FinancialQuarter.Parse("Q4 2024/25");
        var data = CityOfLondonDataset.February2024.Engagement! with
        {
            MetricValues =
            [
                new EngagementMetricValue { Metric = "a", Quarter = q4, Value = 6 },
                new EngagementMetricValue { Metric = "a", Quarter = q3, Value = 6 },
                new EngagementMetricValue { Metric = "d", Quarter = q4, Value = 1250.5m },
                new EngagementMetricValue { Metric = "engagement-g", Quarter = q4, Text = "52% women; 31% aged 18-34" },
            ],
        };
        var md = Report.RenderToString(CityOfLondonDataset.February2024 with { Engagement = data }, ReportFormat.Markdown);
        Assert.Contains("|  | Metric | Q3 2024/25 | Q4 2024/25 |", md, StringComparison.Ordinal);
        Assert.Contains("| a | Number of cluster panel meetings | 6 | 6 |", md, StringComparison.Ordinal);
        Assert.Contains("| d | Time dedicated to DWO high-visibility cluster patrols | — | 1,250.5 hours |", md, StringComparison.Ordinal);
        Assert.Contains("| — | 52% women; 31% aged 18-34 |", md, StringComparison.Ordinal);
        Assert.DoesNotContain("No quarterly values have been entered yet.", md, StringComparison.Ordinal);
    }

    internal static PanelMeeting Meeting(string venue) => new()
    {
        Cluster = "Bank",
        Date = new LocalDate(2024, 11, 6),
        Start = new LocalTime(13, 0),
        Venue = venue,
        Format = MeetingFormat.Hybrid,
    };
}
