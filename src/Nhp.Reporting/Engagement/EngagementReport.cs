using Nhp.Datasets;
using Nhp.Reporting.Documents;

namespace Nhp.Reporting.Engagement;

/// <summary>
/// The "Cluster panels and community engagement" report (id <c>engagement</c>): the panel model and how the schedule
/// meets it, each cluster's meetings (date, time, venue, format, attendance, topics by remit), the open and closed
/// "you said, we did" items, engagement events by month and audience, the Community Engagement Strategic Plan's
/// outcomes and metrics a–j, and the findings of <see cref="Nhp.Engagement.EngagementRules"/>.
/// </summary>
/// <remarks>
/// Markdown, HTML and plain text come from the one document. The iCalendar export is the panel schedule for calendar
/// subscriptions (RFC 5545): its lines end with CRLF, as the standard requires, and DTSTAMP is the data's as-of date at
/// 00:00 UTC, never the clock, so the output is byte-stable.
/// </remarks>
public sealed class EngagementReport : DocumentReport
{
    /// <inheritdoc />
    public override string Id => "engagement";

    /// <inheritdoc />
    public override string Title => EngagementDocument.Title;

    /// <inheritdoc />
    protected override IReadOnlyList<ReportFormat> ExportFormats { get; } = [ReportFormat.ICalendar];

    /// <inheritdoc />
    public override Document Build(NhpDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return EngagementDocument.Build(dataset.Engagement, dataset.Name);
    }

    /// <inheritdoc />
    protected override void RenderExport(NhpDataset dataset, ReportFormat format, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(writer);
        var data = dataset.Engagement;
        writer.Write(PanelCalendar.Render(data, "Cluster panels: " + (data?.Name ?? dataset.Name)));
    }
}
