using System.Globalization;
using System.Text;
using Nhp.Metrics.Spc;
using Nhp.Reporting.Rendering;

namespace Nhp.Reporting.Performance;

/// <summary>
/// Draws an SPC chart as a small, self-contained SVG: the values joined by a line, the centre line, the process limits
/// dashed, and signal points drawn larger with a ring, with an accessible title and description. No script, no
/// external references; coordinates rounded to one decimal with the invariant culture, so output is byte-stable. The
/// SVG is a <see cref="Documents.Figure"/>'s picture, not report markup: every text it carries (title, description,
/// axis labels) is escaped here.
/// </summary>
internal static class SpcChartSvg
{
    private const double Width = 640;
    private const double Height = 260;
    private const double Left = 64;
    private const double Right = 16;
    private const double Top = 16;
    private const double Bottom = 40;

    // Points sit this far inside the plot area so the first and last x-axis labels, centred on them, stay inside the image.
    private const double Inset = 40;

    /// <summary>Renders the chart on one line per element, without blank lines (so it can sit in Markdown).</summary>
    /// <param name="id">A unique id prefix for the title and description elements.</param>
    /// <param name="title">The chart's title.</param>
    /// <param name="description">A sentence describing what the chart shows.</param>
    /// <param name="labels">The x-axis label of each point.</param>
    /// <param name="values">The values.</param>
    /// <param name="spc">The SPC result, possibly without enough data (then only the values are drawn).</param>
    public static string Render(string id, string title, string description, IReadOnlyList<string> labels, IReadOnlyList<double> values, SpcResult spc)
    {
        var min = values.Min();
        var max = values.Max();
        if (spc.HasEnoughData)
        {
            min = Math.Min(min, spc.LowerLimit!.Value);
            max = Math.Max(max, spc.UpperLimit!.Value);
        }

        if (max == min)
        {
            max += 1;
            min -= 1;
        }

        var pad = (max - min) * 0.08;
        min -= pad;
        max += pad;
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        double X(int i) => values.Count == 1 ? Left + (plotWidth / 2) : Left + Inset + ((plotWidth - (2 * Inset)) * i / (values.Count - 1));
        double Y(double v) => Top + (plotHeight * (max - v) / (max - min));

        var svg = new StringBuilder();
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 640 260\" width=\"640\" height=\"260\" aria-labelledby=\"")
            .Append(SvgText.Escape(id)).Append("-title ").Append(SvgText.Escape(id)).Append("-desc\" font-family=\"Arial, sans-serif\" font-size=\"12\">\n");
        svg.Append("<title id=\"").Append(SvgText.Escape(id)).Append("-title\">").Append(SvgText.Escape(title)).Append("</title>\n");
        svg.Append("<desc id=\"").Append(SvgText.Escape(id)).Append("-desc\">").Append(SvgText.Escape(description)).Append("</desc>\n");
        svg.Append("<rect x=\"0\" y=\"0\" width=\"640\" height=\"260\" fill=\"#ffffff\"/>\n");
        svg.Append("<line x1=\"").Append(F(Left)).Append("\" y1=\"").Append(F(Top)).Append("\" x2=\"").Append(F(Left)).Append("\" y2=\"").Append(F(Height - Bottom)).Append("\" stroke=\"#505a5f\"/>\n");
        svg.Append("<line x1=\"").Append(F(Left)).Append("\" y1=\"").Append(F(Height - Bottom)).Append("\" x2=\"").Append(F(Width - Right)).Append("\" y2=\"").Append(F(Height - Bottom)).Append("\" stroke=\"#505a5f\"/>\n");

        if (spc.HasEnoughData)
        {
            HorizontalLine(svg, Y(spc.UpperLimit!.Value), "#d4351c", "6 4", "Upper limit " + N(spc.UpperLimit.Value));
            HorizontalLine(svg, Y(spc.Centre!.Value), "#0b0c0c", null, "Mean " + N(spc.Centre.Value));
            HorizontalLine(svg, Y(spc.LowerLimit!.Value), "#d4351c", "6 4", "Lower limit " + N(spc.LowerLimit.Value));
        }

        svg.Append("<polyline fill=\"none\" stroke=\"#1d70b8\" stroke-width=\"2\" points=\"");
        for (var i = 0; i < values.Count; i++)
        {
            svg.Append(i == 0 ? string.Empty : " ").Append(F(X(i))).Append(',').Append(F(Y(values[i])));
        }

        svg.Append("\"/>\n");
        for (var i = 0; i < values.Count; i++)
        {
            var signal = spc.HasEnoughData && spc.Points[i].Signals != SpcSignals.None;
            svg.Append("<circle cx=\"").Append(F(X(i))).Append("\" cy=\"").Append(F(Y(values[i])))
                .Append(signal ? "\" r=\"6\" fill=\"#f47738\" stroke=\"#0b0c0c\" stroke-width=\"2\"/>\n" : "\" r=\"4\" fill=\"#1d70b8\"/>\n");
            if (labels[i].Length > 0)
            {
                svg.Append("<text x=\"").Append(F(X(i))).Append("\" y=\"").Append(F(Height - Bottom + 18)).Append("\" text-anchor=\"middle\" fill=\"#0b0c0c\">")
                    .Append(SvgText.Escape(labels[i])).Append("</text>\n");
            }
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static void HorizontalLine(StringBuilder svg, double y, string colour, string? dash, string label)
    {
        svg.Append("<line x1=\"").Append(F(Left)).Append("\" y1=\"").Append(F(y)).Append("\" x2=\"").Append(F(Width - Right)).Append("\" y2=\"").Append(F(y))
            .Append("\" stroke=\"").Append(colour).Append('"');
        if (dash is not null)
        {
            svg.Append(" stroke-dasharray=\"").Append(dash).Append('"');
        }

        svg.Append("/>\n");
        svg.Append("<text x=\"").Append(F(Left - 4)).Append("\" y=\"").Append(F(y + 4)).Append("\" text-anchor=\"end\" fill=\"#0b0c0c\" font-size=\"10\">")
            .Append(SvgText.Escape(label.Split(' ')[^1])).Append("</text>\n");
    }

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>A chart number: at most one decimal, invariant, with thousands separators.</summary>
    public static string N(double value) => value.ToString("#,0.#", CultureInfo.InvariantCulture);
}
