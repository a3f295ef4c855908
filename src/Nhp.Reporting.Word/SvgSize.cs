using System.Globalization;
using System.Text.RegularExpressions;

namespace Nhp.Reporting.Word;

// The drawn size of a figure's SVG, read from its root element: width and height in user units (pixels), else the
// viewBox's, else 640 by 360.
internal static partial class SvgSize
{
    public static (double Width, double Height) Of(string svg)
    {
        var root = RootElement().Match(svg).Value;
        var width = Number(WidthAttribute().Match(root));
        var height = Number(HeightAttribute().Match(root));
        if (width is > 0 && height is > 0)
        {
            return (width.Value, height.Value);
        }

        var box = ViewBoxAttribute().Match(root);
        if (box.Success)
        {
            var parts = box.Groups[1].Value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 4
                && double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var w)
                && double.TryParse(parts[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var h)
                && w > 0 && h > 0)
            {
                return (w, h);
            }
        }

        return (640, 360);
    }

    private static double? Number(Match match) =>
        match.Success && double.TryParse(match.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    [GeneratedRegex("^<svg[^>]*>", RegexOptions.None, 1000)]
    private static partial Regex RootElement();

    [GeneratedRegex("\\swidth=\"([0-9.]+)(?:px)?\"", RegexOptions.None, 1000)]
    private static partial Regex WidthAttribute();

    [GeneratedRegex("\\sheight=\"([0-9.]+)(?:px)?\"", RegexOptions.None, 1000)]
    private static partial Regex HeightAttribute();

    [GeneratedRegex("\\sviewBox=\"([^\"]*)\"", RegexOptions.None, 1000)]
    private static partial Regex ViewBoxAttribute();
}
