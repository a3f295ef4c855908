using Nhp.Datasets.CityOfLondon;
using Nhp.Delivery;
using Nhp.Engagement;
using Nhp.Reporting.Delivery;
using Nhp.Reporting.Documents;
using Nhp.Reporting.Engagement;
using Nhp.Reporting.Rendering;
using NodaTime;

namespace Nhp.Reporting.Tests.Rendering;

/// <summary>
/// No output carries a control character other than those its format allows (line feed everywhere, tab in CSV,
/// CRLF in iCalendar) or a bidirectional embedding, override or isolate, whatever the data holds: each becomes
/// U+FFFD, so the reader sees that something was there.
/// </summary>
public sealed class OutputSanitisingTest
{
    // ESC with an OSC title sequence, NUL, BEL, DEL, a C1 control, a right-to-left override and an isolate.
    private const string Hostile = "safe \u001b]0;owned\u0007 \u0000 \u007f \u0085 \u202Eevil\u202C \u2066iso\u2069 end";

    private static void OnlyAllowed(string output, string allowed)
    {
        foreach (var c in output)
        {
            var control = char.IsControl(c) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
            Assert.False(control && !allowed.Contains(c, StringComparison.Ordinal), $"U+{(int)c:X4} in the output.");
        }
    }

    [Theory]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Html)]
    [InlineData(ReportFormat.Text)]
    public void A_document_renders_without_control_or_bidirectional_characters(ReportFormat format)
    {
        var document = new DocumentBuilder("Title " + Hostile)
            .Paragraph(Hostile)
            .Table([new("Name"), new("Value")], [TableRow.Of(Hostile, "1")])
            .Build();
        using var writer = new StringWriter();

        DocumentRenderer.For(format).Render(document, writer);

        OnlyAllowed(writer.ToString(), "\n");
        // Each removed character shows as U+FFFD (Markdown also escapes the bracket: \]).
        Assert.Contains("owned\uFFFD \uFFFD \uFFFD \uFFFD \uFFFDevil\uFFFD \uFFFDiso\uFFFD end", writer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_csv_keeps_tab_and_line_breaks_inside_quoted_fields_and_nothing_else()
    {
        var plan = new DeliveryPlan
        {
            Objectives =
            [
                new Objective
                {
                    Number = 1,
                    Title = "Objective\twith tab",
                    Deliverables =
                    [
                        new Deliverable
                        {
                            Code = DeliverableCode.Parse("1.1"),
                            Commitment = Hostile,
                            Updates = [new StatusUpdate { AsOf = new YearMonth(2024, 1), Summary = "line one\r\nline two", Rag = RagStatus.Green, Target = Target.Parse("31/03/2024") }],
                        },
                    ],
                },
            ],
        };

        var csv = new DeliveryPlanReport().RenderToString(CityOfLondonDataset.February2024 with { DeliveryPlan = plan }, ReportFormat.Csv);

        OnlyAllowed(csv, "\t\r\n");
        Assert.Contains("Objective\twith tab", csv, StringComparison.Ordinal);
        Assert.Contains("\"line one\r\nline two\"", csv, StringComparison.Ordinal);
        Assert.DoesNotContain('\u202E', csv);
    }

    [Fact]
    public void A_calendar_carries_only_CRLF_line_ends()
    {
        var data = CityOfLondonDataset.February2024.Engagement! with
        {
            Meetings =
            [
                new PanelMeeting
                {
                    Kind = MeetingKind.ClusterPanel,
                    Cluster = "Bank",
                    Date = new LocalDate(2025, 3, 4),
                    Start = new LocalTime(13, 0),
                    Venue = Hostile,
                    Format = MeetingFormat.Hybrid,
                    Title = Hostile,
                },
            ],
        };

        var ics = new EngagementReport().RenderToString(CityOfLondonDataset.February2024 with { Engagement = data }, ReportFormat.ICalendar);

        OnlyAllowed(ics, "\r\n");
        Assert.Contains("\uFFFDevil", ics, StringComparison.Ordinal);
    }

    [Fact]
    public void Svg_text_carries_no_control_characters() =>
        OnlyAllowed(SvgText.Escape(Hostile), "\n");
}
