namespace Nhp.Reporting;

/// <summary>An output format a report can be rendered in.</summary>
public enum ReportFormat
{
    /// <summary>GitHub-flavoured Markdown (<c>.md</c>), for papers kept in repositories and wikis.</summary>
    Markdown,

    /// <summary>One self-contained, printable HTML page (<c>.html</c>): no scripts, no external files.</summary>
    Html,

    /// <summary>RFC 4180 CSV in UTF-8 (<c>.csv</c>), safe to open in a spreadsheet.</summary>
    Csv,

    /// <summary>A standalone SVG image (<c>.svg</c>) with no script.</summary>
    Svg,

    /// <summary>JSON (<c>.json</c>), for other tools.</summary>
    Json,

    /// <summary>An iCalendar file (<c>.ics</c>, RFC 5545), for calendar subscriptions.</summary>
    ICalendar,
}
