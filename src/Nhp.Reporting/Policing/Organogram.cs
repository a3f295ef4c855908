using System.Globalization;
using System.Text;
using Nhp.Policing;
using Nhp.Reporting.Rendering;

namespace Nhp.Reporting.Policing;

/// <summary>
/// Draws a policing model's units as an organogram, a small self-contained SVG: a box per unit under the unit it is
/// part of, joined by elbow lines, each box with the unit's name, its lead and its staffing, a box with a role below
/// establishment outlined in red with the posts unfilled. No script and no external references; every text is escaped
/// where it is written; coordinates are whole numbers, so the same model gives byte-identical output. The SVG is a
/// <see cref="Documents.Figure"/>'s picture, not report markup.
/// </summary>
internal static class Organogram
{
    private const int BoxWidth = 184;
    private const int BoxHeight = 80;
    private const int ColumnGap = 16;
    private const int RowGap = 36;
    private const int Margin = 12;
    private const int LineHeight = 14;

    // About how many characters of 12-pixel Arial fit across a box, leaving its padding.
    private const int CharactersPerLine = 26;

    /// <summary>The SVG of <paramref name="roots"/>, one line per element, ending with a line feed.</summary>
    /// <param name="roots">The trees to draw, side by side.</param>
    /// <param name="id">A unique id prefix for the title and description (letters, digits, hyphens).</param>
    /// <param name="title">The title.</param>
    /// <param name="description">A sentence saying what the picture shows.</param>
    public static string Svg(IReadOnlyList<UnitTree> roots, string id, string title, string description)
    {
        var placed = new List<(UnitTree Node, int X, int Y)>();
        var links = new List<(int X1, int Y1, int X2, int Y2)>();
        var slot = 0;

        int Place(UnitTree node, int level)
        {
            var y = Margin + (level * (BoxHeight + RowGap));
            int x;
            if (node.Children.Count == 0)
            {
                x = Margin + (slot++ * (BoxWidth + ColumnGap));
            }
            else
            {
                var xs = node.Children.Select(c => Place(c, level + 1)).ToList();
                x = (xs[0] + xs[^1]) / 2;
                var childTop = y + BoxHeight + RowGap;
                var middle = y + BoxHeight + (RowGap / 2);
                links.Add((x + (BoxWidth / 2), y + BoxHeight, x + (BoxWidth / 2), middle));
                if (xs.Count > 1)
                {
                    links.Add((xs[0] + (BoxWidth / 2), middle, xs[^1] + (BoxWidth / 2), middle));
                }

                links.AddRange(xs.Select(cx => (cx + (BoxWidth / 2), middle, cx + (BoxWidth / 2), childTop)));
            }

            placed.Add((node, x, y));
            return x;
        }

        foreach (var root in roots)
        {
            Place(root, 0);
        }

        var levels = roots.Count == 0 ? 1 : roots.Max(r => r.Depth);
        var width = (2 * Margin) + (Math.Max(1, slot) * (BoxWidth + ColumnGap)) - ColumnGap;
        var height = (2 * Margin) + (levels * (BoxHeight + RowGap)) - RowGap;
        var svg = new StringBuilder();
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").Append(N(width)).Append(' ').Append(N(height))
            .Append("\" width=\"").Append(N(width)).Append("\" height=\"").Append(N(height)).Append("\" aria-labelledby=\"")
            .Append(SvgText.Escape(id)).Append("-title ").Append(SvgText.Escape(id)).Append("-desc\" font-family=\"Arial, sans-serif\" font-size=\"12\">\n");
        svg.Append("<title id=\"").Append(SvgText.Escape(id)).Append("-title\">").Append(SvgText.Escape(title)).Append("</title>\n");
        svg.Append("<desc id=\"").Append(SvgText.Escape(id)).Append("-desc\">").Append(SvgText.Escape(description)).Append("</desc>\n");
        svg.Append("<rect x=\"0\" y=\"0\" width=\"").Append(N(width)).Append("\" height=\"").Append(N(height)).Append("\" fill=\"#ffffff\"/>\n");
        foreach (var (x1, y1, x2, y2) in links)
        {
            svg.Append("<line x1=\"").Append(N(x1)).Append("\" y1=\"").Append(N(y1)).Append("\" x2=\"").Append(N(x2)).Append("\" y2=\"").Append(N(y2)).Append("\" stroke=\"#505a5f\"/>\n");
        }

        // Drawn in tree order (parents before children) so the output follows the structure.
        foreach (var (node, x, y) in placed.OrderBy(p => p.Y).ThenBy(p => p.X))
        {
            Box(svg, node, x, y);
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static void Box(StringBuilder svg, UnitTree node, int x, int y)
    {
        var unit = node.Unit;
        var gaps = unit.Staffing.Where(s => s.Gap > 0).ToList();
        svg.Append("<rect x=\"").Append(N(x)).Append("\" y=\"").Append(N(y)).Append("\" width=\"").Append(N(BoxWidth)).Append("\" height=\"").Append(N(BoxHeight))
            .Append(gaps.Count > 0 ? "\" fill=\"#fbe9e6\" stroke=\"#d4351c\" stroke-width=\"2\"/>\n" : unit.Taskable ? "\" fill=\"#ffffff\" stroke=\"#1d70b8\" stroke-dasharray=\"5 3\"/>\n" : "\" fill=\"#f3f2f1\" stroke=\"#0b0c0c\"/>\n");
        var lines = new List<(string Text, bool Bold, bool Red)>();
        var name = Wrap(unit.Name, 2);
        lines.AddRange(name.Select(n => (n, true, false)));
        var detail = unit.Lead is { } lead ? "Lead: " + lead : UnitWords.Kind(unit.Kind) + (unit.Taskable ? ", taskable" : string.Empty);
        if (node.Flattened && unit.PartOf is { } parent)
        {
            detail = "Part of " + parent;
        }

        lines.Add((Cut(detail), false, false));
        var staffing = gaps.Count > 0 ? gaps[0] : (unit.Staffing.Count > 0 ? unit.Staffing[0] : null);
        if (staffing is not null)
        {
            lines.AddRange(Wrap(UnitWords.Staffing(staffing), 2).Select(t => (t, false, staffing.Gap > 0)));
        }

        var top = y + ((BoxHeight - (lines.Count * LineHeight)) / 2) + 11;
        for (var i = 0; i < lines.Count; i++)
        {
            var (text, bold, red) = lines[i];
            svg.Append("<text x=\"").Append(N(x + (BoxWidth / 2))).Append("\" y=\"").Append(N(top + (i * LineHeight))).Append("\" text-anchor=\"middle\" fill=\"")
                .Append(red ? "#d4351c" : "#0b0c0c").Append('"').Append(bold ? " font-weight=\"bold\"" : string.Empty).Append('>')
                .Append(SvgText.Escape(text)).Append("</text>\n");
        }
    }

    // Words on at most maxLines lines of the box's width; what does not fit ends in an ellipsis (the list beside the picture has it whole).
    private static List<string> Wrap(string text, int maxLines)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > CharactersPerLine)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        lines.Add(line.ToString());
        if (lines.Count > maxLines)
        {
            lines = [.. lines.Take(maxLines)];
            lines[^1] = Cut(lines[^1] + " \u2026");
        }

        return [.. lines.Select(Cut)];
    }

    private static string Cut(string text) =>
        text.Length <= CharactersPerLine ? text : text[..(CharactersPerLine - 1)].TrimEnd() + "\u2026";

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
