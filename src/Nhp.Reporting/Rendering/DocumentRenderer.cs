using System.Globalization;
using Nhp.Reporting.Documents;

namespace Nhp.Reporting.Rendering;

/// <summary>
/// Writes any <see cref="Document"/> in one format. There is one renderer per format; adding a format is one new
/// renderer, and no report writes markup of its own.
/// </summary>
/// <remarks>Renderers are pure: the output depends only on the document (no clock, culture or environment), so the same document gives byte-identical output. Lines end with <c>\n</c>.</remarks>
public abstract class DocumentRenderer
{
    /// <summary>The format this renderer writes.</summary>
    public abstract ReportFormat Format { get; }

    /// <summary>Writes <paramref name="document"/> to <paramref name="writer"/>.</summary>
    /// <param name="document">The document.</param>
    /// <param name="writer">Where to write.</param>
    public abstract void Render(Document document, TextWriter writer);

    /// <summary>The document as a string.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The rendered text.</returns>
    public string Render(Document document)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Render(document, writer);
        return writer.ToString();
    }

    /// <summary>The built-in renderer for a document format (Markdown, HTML or plain text), with default options.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The renderer.</returns>
    /// <exception cref="NotSupportedException">The format is not a document format (CSV and iCalendar are per-report exports).</exception>
    public static DocumentRenderer For(ReportFormat format) => format switch
    {
        ReportFormat.Markdown => MarkdownRenderer.Default,
        ReportFormat.Html => HtmlRenderer.Default,
        ReportFormat.Text => PlainTextRenderer.Default,
        _ => throw new NotSupportedException($"{format} is not a document format; documents render as Markdown, HTML or plain text."),
    };

    /// <summary>The document formats: those every document can be written in.</summary>
    public static IReadOnlyList<ReportFormat> DocumentFormats { get; } = [ReportFormat.Markdown, ReportFormat.Html, ReportFormat.Text];
}
