namespace Nhp.Reporting.Charts;

/// <summary>
/// How <see cref="SpcChart.Svg"/> labels a chart: its title, a description for screen readers, the label under each
/// point and an id prefix for the SVG's title and description elements. Immutable; equality by value (labels by
/// reference).
/// </summary>
public sealed record SpcChartOptions
{
    /// <summary>The chart's title (the SVG's accessible name). Default <c>SPC chart</c>.</summary>
    public string Title { get; init; } = "SPC chart";

    /// <summary>A sentence saying what the chart shows; null writes one from the values and the result (mean, limits, method, signals).</summary>
    public string? Description { get; init; }

    /// <summary>The label under each point, one per value (an empty label draws none); null numbers the points from 1.</summary>
    public IReadOnlyList<string>? Labels { get; init; }

    /// <summary>
    /// The prefix of the ids of the SVG's title and description (<c>spc-chart-title</c>); give each chart on one page
    /// its own. Letters, digits, <c>-</c> and <c>_</c> only. Default <c>spc-chart</c>.
    /// </summary>
    public string Id { get; init; } = "spc-chart";
}
