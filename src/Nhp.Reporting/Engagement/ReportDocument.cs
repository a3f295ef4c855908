using System.Text;
using Nhp.Findings;
using Nhp.Reporting.Text;

namespace Nhp.Reporting.Engagement;

/// <summary>
/// A report as a list of neutral blocks (headings, paragraphs, lists, tables, findings), written out as Markdown or
/// HTML, so that both formats always carry the same content. Cells hold plain text; the writers escape it.
/// </summary>
internal sealed class ReportDocument
{
    private readonly List<Block> blocks = [];

    public void Heading(int level, string text) => blocks.Add(new HeadingBlock(level, text));

    public void Paragraph(string text) => blocks.Add(new ParagraphBlock(text));

    public void Bullets(IReadOnlyList<string> items) => blocks.Add(new BulletsBlock(items));

    public void Table(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlySet<int>? numeric = null) =>
        blocks.Add(new TableBlock(headers, rows, numeric ?? new HashSet<int>()));

    public void FindingList(IReadOnlyList<Finding> findings) => blocks.Add(new FindingsBlock(findings));

    public string ToMarkdown()
    {
        var md = new StringBuilder();
        foreach (var block in blocks)
        {
            switch (block)
            {
                case HeadingBlock h:
                    md.Append('#', h.Level).Append(' ').Append(Markdown.Text(h.Text)).Append("\n\n");
                    break;
                case ParagraphBlock p:
                    md.Append(Markdown.Text(p.Text)).Append("\n\n");
                    break;
                case BulletsBlock b:
                    foreach (var item in b.Items)
                    {
                        md.Append("- ").Append(Markdown.Text(item)).Append('\n');
                    }

                    md.Append('\n');
                    break;
                case TableBlock t:
                    md.Append("| ").AppendJoin(" | ", t.Headers.Select(Markdown.Cell)).Append(" |\n");
                    md.Append('|').AppendJoin('|', t.Headers.Select((_, i) => t.Numeric.Contains(i) ? " ---: " : " --- ")).Append("|\n");
                    foreach (var row in t.Rows)
                    {
                        md.Append("| ").AppendJoin(" | ", row.Select(Markdown.Cell)).Append(" |\n");
                    }

                    md.Append('\n');
                    break;
                case FindingsBlock f:
                    foreach (var finding in f.Findings)
                    {
                        md.Append("- **").Append(finding.Severity.ToText()).Append("** `").Append(finding.RuleId).Append("` ")
                            .Append(Markdown.Text(finding.Subject)).Append(": ").Append(Markdown.Text(finding.Message)).Append('\n');
                    }

                    md.Append('\n');
                    break;
            }
        }

        return md.ToString().TrimEnd('\n') + "\n";
    }

    public string ToHtmlBody()
    {
        var html = new StringBuilder();
        foreach (var block in blocks)
        {
            switch (block)
            {
                case HeadingBlock h:
                    var level = Math.Clamp(h.Level, 1, 6).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    html.Append("<h").Append(level).Append('>').Append(Html.Escape(h.Text)).Append("</h").Append(level).Append(">\n");
                    break;
                case ParagraphBlock p:
                    html.Append("<p>").Append(Html.Escape(p.Text)).Append("</p>\n");
                    break;
                case BulletsBlock b:
                    html.Append("<ul>\n");
                    foreach (var item in b.Items)
                    {
                        html.Append("<li>").Append(Html.Escape(item)).Append("</li>\n");
                    }

                    html.Append("</ul>\n");
                    break;
                case TableBlock t:
                    html.Append("<table>\n<thead><tr>");
                    for (var i = 0; i < t.Headers.Count; i++)
                    {
                        html.Append(t.Numeric.Contains(i) ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">").Append(Html.Escape(t.Headers[i])).Append("</th>");
                    }

                    html.Append("</tr></thead>\n<tbody>\n");
                    foreach (var row in t.Rows)
                    {
                        html.Append("<tr>");
                        for (var i = 0; i < row.Count; i++)
                        {
                            html.Append(t.Numeric.Contains(i) ? "<td class=\"num\">" : "<td>").Append(Html.Escape(row[i])).Append("</td>");
                        }

                        html.Append("</tr>\n");
                    }

                    html.Append("</tbody>\n</table>\n");
                    break;
                case FindingsBlock f:
                    html.Append("<ul>\n");
                    foreach (var finding in f.Findings)
                    {
                        var word = finding.Severity.ToText();
                        html.Append("<li class=\"finding\"><span class=\"severity-").Append(word).Append("\">").Append(word).Append("</span> <code>")
                            .Append(Html.Escape(finding.RuleId)).Append("</code> ").Append(Html.Escape(finding.Subject)).Append(": ")
                            .Append(Html.Escape(finding.Message)).Append("</li>\n");
                    }

                    html.Append("</ul>\n");
                    break;
            }
        }

        return html.ToString();
    }

    private abstract record Block;

    private sealed record HeadingBlock(int Level, string Text) : Block;

    private sealed record ParagraphBlock(string Text) : Block;

    private sealed record BulletsBlock(IReadOnlyList<string> Items) : Block;

    private sealed record TableBlock(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlySet<int> Numeric) : Block;

    private sealed record FindingsBlock(IReadOnlyList<Finding> Findings) : Block;
}
