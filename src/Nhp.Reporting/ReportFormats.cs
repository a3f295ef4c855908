namespace Nhp.Reporting;

/// <summary>File extensions and names of <see cref="ReportFormat"/> values, as used on the command line.</summary>
public static class ReportFormats
{
    /// <summary>The file extension for a format, without a dot: <c>md</c>, <c>html</c>, <c>txt</c>, <c>csv</c>, <c>ics</c>, <c>docx</c>.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The extension.</returns>
    public static string FileExtension(this ReportFormat format) => format switch
    {
        ReportFormat.Markdown => "md",
        ReportFormat.Html => "html",
        ReportFormat.Csv => "csv",
        ReportFormat.Text => "txt",
        ReportFormat.ICalendar => "ics",
        ReportFormat.Word => "docx",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
    };

    /// <summary>
    /// Reads a format name as typed on a command line: its extension (<c>md</c>, <c>html</c>, <c>csv</c>,
    /// <c>txt</c>, <c>csv</c>, <c>ics</c>, <c>docx</c>) or its name (<c>markdown</c>, <c>icalendar</c>, <c>word</c>), in any case.
    /// </summary>
    /// <param name="text">The name.</param>
    /// <param name="format">The format, when recognised.</param>
    /// <returns>Whether the name was recognised.</returns>
    public static bool TryParse(string? text, out ReportFormat format)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case "MD" or "MARKDOWN":
                format = ReportFormat.Markdown;
                return true;
            case "HTML" or "HTM":
                format = ReportFormat.Html;
                return true;
            case "CSV":
                format = ReportFormat.Csv;
                return true;
            case "TXT" or "TEXT":
                format = ReportFormat.Text;
                return true;
            case "ICS" or "ICAL" or "ICALENDAR":
                format = ReportFormat.ICalendar;
                return true;
            case "DOCX" or "WORD":
                format = ReportFormat.Word;
                return true;
            default:
                format = default;
                return false;
        }
    }

    /// <summary>The names <see cref="TryParse"/> accepts, for error messages.</summary>
    public static IReadOnlyList<string> AcceptedNames { get; } = ["md", "html", "txt", "csv", "ics", "docx"];
}
