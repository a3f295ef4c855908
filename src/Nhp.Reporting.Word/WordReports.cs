using Nhp.Datasets;

namespace Nhp.Reporting.Word;

/// <summary>Writes any report of the catalog as a Word document (<see cref="ReportFormat.Word"/>).</summary>
public static class WordReports
{
    /// <summary>
    /// Builds the report's document from the dataset and writes it as <c>.docx</c>. Every
    /// <see cref="DocumentReport"/> (every built-in report) can be written this way.
    /// </summary>
    /// <param name="report">The report; it must be a <see cref="DocumentReport"/>.</param>
    /// <param name="dataset">The data to report on.</param>
    /// <param name="stream">A writable stream; it is left open.</param>
    /// <param name="properties">Author, subject and date for the document's properties; none for <see cref="WordProperties.None"/>.</param>
    /// <param name="renderer">The renderer (its RAG palette); <see cref="WordRenderer.Default"/> when none is given.</param>
    /// <exception cref="NotSupportedException">The report does not build a document, so it has no Word form.</exception>
    public static void RenderWord(this IReport report, NhpDataset dataset, Stream stream, WordProperties? properties = null, WordRenderer? renderer = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(stream);
        if (report is not DocumentReport documentReport)
        {
            throw new NotSupportedException($"The '{report.Id}' report does not build a document, so it cannot be written as docx.");
        }

        (renderer ?? WordRenderer.Default).Render(documentReport.Build(dataset), stream, properties);
    }
}
