using Nhp.Datasets;
using Nhp.Reporting.Documents;
using Nhp.Reporting.Rendering;

namespace Nhp.Reporting;

/// <summary>
/// The base of every report: it builds a <see cref="Document"/> from a dataset, and the one renderer of each document
/// format writes it, so the report exists in Markdown, HTML and plain text with no markup of its own. A report that
/// also exports its main table (CSV) or a calendar (iCalendar) lists those in <see cref="ExportFormats"/> and writes
/// them in <see cref="RenderExport"/>.
/// </summary>
/// <remarks>Implementations must be pure: the document depends only on the dataset and the report's own settings.</remarks>
public abstract class DocumentReport : IReport
{
    /// <inheritdoc/>
    public abstract string Id { get; }

    /// <inheritdoc/>
    public abstract string Title { get; }

    /// <summary>The document formats followed by <see cref="ExportFormats"/>.</summary>
    public IReadOnlyList<ReportFormat> Formats => [.. DocumentRenderer.DocumentFormats, .. ExportFormats];

    /// <summary>The formats beyond the document formats that this report exports (none by default).</summary>
    protected virtual IReadOnlyList<ReportFormat> ExportFormats => [];

    /// <summary>The report for <paramref name="dataset"/> as a document.</summary>
    /// <param name="dataset">The data.</param>
    /// <returns>The document.</returns>
    /// <exception cref="NhpInputException">The dataset lacks what this report needs; the message says what.</exception>
    public abstract Document Build(NhpDataset dataset);

    /// <inheritdoc/>
    public void Render(NhpDataset dataset, ReportFormat format, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(writer);
        this.EnsureSupports(format);
        if (DocumentRenderer.DocumentFormats.Contains(format))
        {
            DocumentRenderer.For(format).Render(Build(dataset), writer);
        }
        else
        {
            RenderExport(dataset, format, writer);
        }
    }

    /// <summary>Writes an export format listed in <see cref="ExportFormats"/>.</summary>
    /// <param name="dataset">The data.</param>
    /// <param name="format">One of <see cref="ExportFormats"/>.</param>
    /// <param name="writer">Where to write.</param>
    protected virtual void RenderExport(NhpDataset dataset, ReportFormat format, TextWriter writer) =>
        throw new NotSupportedException($"The '{Id}' report does not export {format.FileExtension()}.");
}
