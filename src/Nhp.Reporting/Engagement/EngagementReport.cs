using Nhp.Datasets;
using Nhp.Reporting.Text;

namespace Nhp.Reporting.Engagement;

/// <summary>
/// The "Cluster panels and community engagement" report (id <c>engagement</c>): the panel model and how the schedule
/// meets it, each cluster's meetings (date, time, venue, format, attendance, topics by remit), the open and closed
/// "you said, we did" items, engagement events by month and audience, the Community Engagement Strategic Plan's
/// outcomes and metrics a–j, and the findings of <see cref="Nhp.Engagement.EngagementRules"/>.
/// </summary>
/// <remarks>
/// Markdown and HTML end lines with <c>\n</c>. The iCalendar format is the panel schedule for calendar subscriptions
/// (RFC 5545): its lines end with CRLF, as the standard requires, and DTSTAMP is the data's as-of date at 00:00 UTC,
/// never the clock, so the output is byte-stable.
/// </remarks>
public sealed class EngagementReport : IReport
{
    /// <inheritdoc />
    public string Id => "engagement";

    /// <inheritdoc />
    public string Title => EngagementDocument.Title;

    /// <inheritdoc />
    public IReadOnlyList<ReportFormat> Formats { get; } = [ReportFormat.Markdown, ReportFormat.Html, ReportFormat.ICalendar];

    /// <inheritdoc />
    public void Render(NhpDataset dataset, ReportFormat format, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(writer);
        this.EnsureSupports(format);
        var data = dataset.Engagement;
        switch (format)
        {
            case ReportFormat.ICalendar:
                writer.Write(PanelCalendar.Render(data, "Cluster panels: " + (data?.Name ?? dataset.Name)));
                break;
            case ReportFormat.Html:
                var document = EngagementDocument.Build(data, dataset.Name);
                writer.Write(Html.Page(Title + ": " + (data?.Name ?? dataset.Name), document.ToHtmlBody()));
                break;
            default:
                writer.Write(EngagementDocument.Build(data, dataset.Name).ToMarkdown());
                break;
        }
    }
}
