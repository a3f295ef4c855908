namespace Nhp.Reporting;

/// <summary>
/// An output format a report can be rendered in. Markdown, HTML and plain text are document formats: every report
/// builds a <see cref="Documents.Document"/> and is written in all three by the one renderer of each format. CSV and
/// iCalendar are exports of one report's main data, offered by the reports they suit. Word is the document as a binary
/// <c>.docx</c>, written by the separate <c>Nhp.Reporting.Word</c> package.
/// </summary>
public enum ReportFormat
{
    /// <summary>GitHub-flavoured Markdown (<c>.md</c>), for papers kept in repositories and wikis.</summary>
    Markdown,

    /// <summary>One self-contained, accessible, printable HTML page (<c>.html</c>): no scripts, no external files.</summary>
    Html,

    /// <summary>Plain text (<c>.txt</c>) for a terminal: underlined headings, aligned tables, wrapped paragraphs.</summary>
    Text,

    /// <summary>RFC 4180 CSV in UTF-8 (<c>.csv</c>) of a report's main table, safe to open in a spreadsheet.</summary>
    Csv,

    /// <summary>An iCalendar file (<c>.ics</c>, RFC 5545), for calendar subscriptions.</summary>
    ICalendar,

    /// <summary>
    /// A Word document (<c>.docx</c>, Office Open XML), binary: written to a stream by the <c>Nhp.Reporting.Word</c>
    /// package's <c>WordRenderer</c>, never through a <see cref="TextWriter"/>. Every document report can be written in it.
    /// </summary>
    Word,
}
