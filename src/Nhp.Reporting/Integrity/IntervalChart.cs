using System.Globalization;
using System.Text;
using Nhp.Reporting.Rendering;

namespace Nhp.Reporting.Integrity;

/// <summary>
/// Draws compliance rates with their intervals as one SVG element (no script) for a <see cref="Documents.Figure"/>:
/// one row per result, a line from the lower to the upper bound, a dot at the rate, on a 0–100% axis, with the target
/// as a dashed line when there is one. Text from the data is escaped here.
/// </summary>
internal static class IntervalChart
{
    private const int LabelWidth = 230;
    private const int PlotWidth = 400;
    private const int RowHeight = 26;
    private const int Top = 10;
    private const int AxisHeight = 30;

    /// <summary>The chart, or null when no row has an interval.</summary>
    public static string? Svg(CdiReportModel model)
    {
        var drawn = model.Compliance.Where(r => r.Estimate is not null).ToArray();
        if (drawn.Length == 0)
        {
            return null;
        }

        var target = model.Review?.Policy?.Target;
        var width = LabelWidth + PlotWidth + 20;
        var height = Top + (drawn.Length * RowHeight) + AxisHeight;
        var svg = new StringBuilder();
        svg.Append(string.Create(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" font-family=\"Arial, sans-serif\" font-size=\"12\">\n"));
        svg.Append("<title>").Append(SvgText.Escape(Title(model))).Append("</title>\n");
        var plotBottom = Top + (drawn.Length * RowHeight);
        foreach (var tick in new[] { 0, 25, 50, 75, 100 })
        {
            var x = X(tick / 100.0);
            svg.Append(string.Create(CultureInfo.InvariantCulture, $"<line x1=\"{x}\" y1=\"{Top}\" x2=\"{x}\" y2=\"{plotBottom}\" stroke=\"#b1b4b6\" stroke-width=\"1\"/>\n"));
            svg.Append(string.Create(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{plotBottom + 16}\" text-anchor=\"middle\" fill=\"#505a5f\">{tick}%</text>\n"));
        }

        if (target is { } t)
        {
            var x = X(t);
            svg.Append(string.Create(CultureInfo.InvariantCulture, $"<line x1=\"{x}\" y1=\"{Top}\" x2=\"{x}\" y2=\"{plotBottom}\" stroke=\"#d4351c\" stroke-width=\"2\" stroke-dasharray=\"4 3\"><title>Target {CdiReportModel.Whole(t)}%</title></line>\n"));
        }

        for (var i = 0; i < drawn.Length; i++)
        {
            var row = drawn[i];
            var interval = row.Estimate!.Interval;
            var y = Top + (i * RowHeight) + (RowHeight / 2.0);
            var weight = row.IsOverall ? " font-weight=\"bold\"" : string.Empty;
            svg.Append("<g><title>").Append(SvgText.Escape($"{row.Label}: {CdiReportModel.Percent(interval.Rate)}, {model.IntervalName} {CdiReportModel.Range(interval)}")).Append("</title>\n");
            svg.Append(string.Create(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 8}\" y=\"{F(y + 4)}\" text-anchor=\"end\" fill=\"#0b0c0c\"{weight}>")).Append(SvgText.Escape(row.Label)).Append("</text>\n");
            svg.Append(string.Create(CultureInfo.InvariantCulture, $"<line x1=\"{F(X(interval.Lower))}\" y1=\"{F(y)}\" x2=\"{F(X(interval.Upper))}\" y2=\"{F(y)}\" stroke=\"#0b0c0c\" stroke-width=\"3\"/>\n"));
            svg.Append(string.Create(CultureInfo.InvariantCulture, $"<circle cx=\"{F(X(interval.Rate))}\" cy=\"{F(y)}\" r=\"5\" fill=\"#1d70b8\"/>\n"));
            svg.Append("</g>\n");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>The chart's title: <c>Compliance with 95% Wilson intervals</c>.</summary>
    public static string Title(CdiReportModel model) =>
        "Compliance with " + Nhp.Text.Wording.Percent(model.Policy.Confidence, 0) + " " + CdiReportModel.MethodName(model.Policy.Method) + " intervals";

    /// <summary>What the chart shows, in words.</summary>
    public static string Description(CdiReportModel model)
    {
        var text = "Compliance (dot) with its " + Nhp.Text.Wording.Percent(model.Policy.Confidence, 0) + " " + CdiReportModel.MethodName(model.Policy.Method) + " interval (line), for each row of the table below, on a 0–100% axis";
        return model.Review?.Policy is { } policy
            ? text + "; the dashed line is the target of " + CdiReportModel.Whole(policy.Target) + "%."
            : text + ".";
    }

    private static double X(double rate) => LabelWidth + (rate * PlotWidth);

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
