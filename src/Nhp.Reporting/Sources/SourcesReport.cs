using System.Globalization;
using System.Text;
using Nhp.Datasets;
using Nhp.Reporting.Text;

namespace Nhp.Reporting.Sources;

/// <summary>
/// The "Sources" report: the committee papers a dataset was taken from, with committee, date and reference, so a
/// reader of any other report can trace its figures.
/// </summary>
public sealed class SourcesReport : IReport
{
    /// <inheritdoc />
    public string Id => "sources";

    /// <inheritdoc />
    public string Title => "Sources";

    /// <inheritdoc />
    public IReadOnlyList<ReportFormat> Formats { get; } = [ReportFormat.Markdown, ReportFormat.Html];

    /// <inheritdoc />
    public void Render(NhpDataset dataset, ReportFormat format, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(writer);
        this.EnsureSupports(format);
        writer.Write(format == ReportFormat.Html ? RenderHtml(dataset) : RenderMarkdown(dataset));
    }

    private static string Date(SourceDocument source) =>
        source.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string RenderMarkdown(NhpDataset dataset)
    {
        var md = new StringBuilder();
        md.Append("# Sources: ").Append(Markdown.Text(dataset.Name)).Append("\n\n");
        md.Append("The figures in these reports were taken from the following papers.\n\n");
        md.Append("| Paper | Committee | Date | Reference |\n");
        md.Append("| --- | --- | --- | --- |\n");
        foreach (var source in dataset.Sources)
        {
            md.Append("| ").Append(Markdown.Cell(source.Title))
                .Append(" | ").Append(Markdown.Cell(source.Committee))
                .Append(" | ").Append(Date(source))
                .Append(" | ").Append(Markdown.Cell(source.Reference ?? "—"))
                .Append(" |\n");
        }

        return md.ToString();
    }

    private static string RenderHtml(NhpDataset dataset)
    {
        var body = new StringBuilder();
        body.Append("<h1>Sources: ").Append(Html.Escape(dataset.Name)).Append("</h1>\n");
        body.Append("<p>The figures in these reports were taken from the following papers.</p>\n");
        body.Append("<table>\n<thead><tr><th scope=\"col\">Paper</th><th scope=\"col\">Committee</th><th scope=\"col\">Date</th><th scope=\"col\">Reference</th></tr></thead>\n<tbody>\n");
        foreach (var source in dataset.Sources)
        {
            body.Append("<tr><td>").Append(Html.Escape(source.Title))
                .Append("</td><td>").Append(Html.Escape(source.Committee))
                .Append("</td><td>").Append(Html.Escape(Date(source)))
                .Append("</td><td>").Append(Html.Escape(source.Reference ?? "—"))
                .Append("</td></tr>\n");
        }

        body.Append("</tbody>\n</table>\n");
        return Html.Page("Sources: " + dataset.Name, body.ToString());
    }
}
