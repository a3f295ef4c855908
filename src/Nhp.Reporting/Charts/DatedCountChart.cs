using System.Globalization;
using System.Text;
using Nhp.Metrics;
using Nhp.Reporting.Rendering;
using NodaTime;

namespace Nhp.Reporting.Charts;

/// <summary>
/// A chart of a measure's dated figures (<see cref="DatedSeries"/>) against their dates, as a small self-contained SVG:
/// each figure a point at its as-of date, spaced by the days between them, joined by a line, labelled with its value
/// and date; the y-axis starts at zero. With the title and a description for screen readers.
/// </summary>
/// <remarks>
/// Script-free, with no external references; every text is escaped where it is written; coordinates are rounded to
/// one decimal with the invariant culture, so the same series gives byte-identical output. Thread-safe.
/// </remarks>
public static class DatedCountChart
{
    private const double Width = 640;
    private const double Height = 240;
    private const double Left = 56;
    private const double Right = 56;
    private const double Top = 24;
    private const double Bottom = 40;

    // Points sit this far inside the axes, so the first and last labels, centred on them, stay clear of the y-axis and the edge.
    private const double Inset = 24;

    /// <summary>Draws <paramref name="series"/>.</summary>
    /// <param name="series">The series; at least one figure.</param>
    /// <param name="id">The prefix of the ids of the SVG's title and description: letters, digits, <c>-</c> and <c>_</c>; give each chart on one page its own.</param>
    /// <returns>The SVG document, ending with a line feed.</returns>
    /// <exception cref="ArgumentException">The series has no figures, or the id has other characters.</exception>
    public static string Svg(DatedSeries series, string id = "dated-chart")
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(id);
        if (series.Counts.Count == 0)
        {
            throw new ArgumentException("A chart needs at least one figure.", nameof(series));
        }

        if (id.Length == 0 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new ArgumentException($"The chart id '{id}' must be letters, digits, '-' and '_' only.", nameof(id));
        }

        var counts = series.Counts;
        var first = counts[0].AsOf;
        var span = Math.Max(1, Period.DaysBetween(first, counts[^1].AsOf));
        var max = (double)counts.Max(c => c.Value);
        max = max <= 0 ? 1 : max * 1.15;
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        double X(DatedCount c) => counts.Count == 1 ? Left + (plotWidth / 2) : Left + Inset + ((plotWidth - (2 * Inset)) * Period.DaysBetween(first, c.AsOf) / span);
        double Y(decimal v) => Top + (plotHeight * (max - (double)Math.Max(0, v)) / max);

        var svg = new StringBuilder();
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 640 240\" width=\"640\" height=\"240\" aria-labelledby=\"")
            .Append(id).Append("-title ").Append(id).Append("-desc\" font-family=\"Arial, sans-serif\" font-size=\"12\">\n");
        svg.Append("<title id=\"").Append(id).Append("-title\">").Append(SvgText.Escape(series.Measure.Name)).Append("</title>\n");
        svg.Append("<desc id=\"").Append(id).Append("-desc\">").Append(SvgText.Escape(Describe(series))).Append("</desc>\n");
        svg.Append("<rect x=\"0\" y=\"0\" width=\"640\" height=\"240\" fill=\"#ffffff\"/>\n");
        svg.Append("<line x1=\"").Append(F(Left)).Append("\" y1=\"").Append(F(Top)).Append("\" x2=\"").Append(F(Left)).Append("\" y2=\"").Append(F(Height - Bottom)).Append("\" stroke=\"#505a5f\"/>\n");
        svg.Append("<line x1=\"").Append(F(Left)).Append("\" y1=\"").Append(F(Height - Bottom)).Append("\" x2=\"").Append(F(Width - Right)).Append("\" y2=\"").Append(F(Height - Bottom)).Append("\" stroke=\"#505a5f\"/>\n");
        svg.Append("<text x=\"").Append(F(Left - 6)).Append("\" y=\"").Append(F(Height - Bottom + 4)).Append("\" text-anchor=\"end\" fill=\"#0b0c0c\" font-size=\"10\">0</text>\n");
        if (counts.Count > 1)
        {
            svg.Append("<polyline fill=\"none\" stroke=\"#1d70b8\" stroke-width=\"2\" points=\"");
            for (var i = 0; i < counts.Count; i++)
            {
                svg.Append(i == 0 ? string.Empty : " ").Append(F(X(counts[i]))).Append(',').Append(F(Y(counts[i].Value)));
            }

            svg.Append("\"/>\n");
        }

        foreach (var count in counts)
        {
            svg.Append("<circle cx=\"").Append(F(X(count))).Append("\" cy=\"").Append(F(Y(count.Value))).Append("\" r=\"4\" fill=\"#1d70b8\"/>\n");
            svg.Append("<text x=\"").Append(F(X(count))).Append("\" y=\"").Append(F(Y(count.Value) - 8)).Append("\" text-anchor=\"middle\" fill=\"#0b0c0c\">")
                .Append(SvgText.Escape(Number(count.Value))).Append("</text>\n");
            svg.Append("<text x=\"").Append(F(X(count))).Append("\" y=\"").Append(F(Height - Bottom + 18)).Append("\" text-anchor=\"middle\" fill=\"#0b0c0c\">")
                .Append(SvgText.Escape(count.AsOf.ToString("d MMM uuuu", CultureInfo.InvariantCulture))).Append("</text>\n");
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    /// <summary>A sentence describing the chart: each figure with its period, oldest first.</summary>
    /// <param name="series">The series.</param>
    /// <returns>The sentence.</returns>
    public static string Describe(DatedSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return series.Measure.Name + ": " + string.Join("; ", series.Counts.Select(c => Number(c.Value) + ", " + c.PeriodText)) + ".";
    }

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
