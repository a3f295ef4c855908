using System.Globalization;
using System.Text;
using Nhp.Findings;
using Nhp.Reporting.Documents;
using Nhp.Text;

namespace Nhp.Reporting.Rendering;

/// <summary>
/// Writes a document as one self-contained, accessible HTML page: <c>lang="en-GB"</c>, headings in order, tables with
/// header scopes, each in a labelled region that scrolls sideways on a narrow screen (focusable, so a keyboard can scroll
/// it) instead of widening the page, figures with a caption, RAG badges that carry their word as well as their colour, an inline
/// stylesheet with a print section, and no script. All text is escaped here, once.
/// </summary>
/// <remarks>
/// Pure and thread-safe. With <see cref="Fragment"/> set, only the content is written (an <c>&lt;article&gt;</c>),
/// for embedding in a page of your own, with <see cref="Stylesheet"/> as its CSS.
/// </remarks>
public sealed class HtmlRenderer : DocumentRenderer
{
    private const string BaseStylesheet =
        """
        :root { --ink: #0b0c0c; --muted: #505a5f; --rule: #b1b4b6; --head: #f3f2f1; }
        body { font-family: Arial, "Helvetica Neue", Helvetica, sans-serif; color: var(--ink); margin: 0; line-height: 1.4; }
        main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
        h1 { font-size: 1.8rem; margin: 0 0 0.5rem; }
        h2 { font-size: 1.4rem; margin: 2rem 0 0.5rem; border-bottom: 2px solid var(--ink); }
        h3 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
        p.meta { color: var(--muted); margin: 0 0 1rem; }
        .note { border-left: 4px solid var(--rule); margin: 0.5rem 0 1rem; padding: 0.2rem 0 0.2rem 0.8rem; color: var(--muted); }
        .table-scroll { overflow-x: auto; margin: 0.5rem 0 1rem; }
        .table-scroll:focus { outline: 3px solid #ffdd00; outline-offset: 0; box-shadow: inset 0 0 0 2px var(--ink); }
        table { border-collapse: collapse; width: 100%; margin: 0; font-size: 0.9rem; }
        caption { text-align: left; font-weight: bold; padding: 0.3rem 0; }
        th, td { border: 1px solid var(--rule); padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
        th { background: var(--head); }
        tfoot th, tfoot td { font-weight: bold; border-top: 2px solid var(--ink); }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        dl { display: grid; grid-template-columns: max-content auto; gap: 0.2rem 1rem; }
        dt { font-weight: bold; }
        dd { margin: 0; }
        figure { margin: 1rem 0; }
        figure svg { max-width: 100%; height: auto; }
        figcaption { color: var(--muted); font-size: 0.9rem; }
        .rag { display: inline-block; min-width: 4.5rem; padding: 0.1rem 0.4rem; font-weight: bold; text-align: center; border-radius: 0.2rem; }
        .finding { margin: 0.2rem 0; }
        .severity-error { color: #d4351c; font-weight: bold; }
        .severity-warning { color: #594d00; font-weight: bold; }
        .severity-info { color: #505a5f; }
        @media (max-width: 40rem) {
          main { padding: 1rem; }
          dl { grid-template-columns: minmax(0, 1fr); }
          dd { margin-bottom: 0.4rem; }
        }
        @media print {
          main { max-width: none; padding: 0; }
          h2, h3 { break-after: avoid; }
          tr, figure { break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
          .rag { border: 1px solid var(--ink); print-color-adjust: exact; -webkit-print-color-adjust: exact; }
          .table-scroll { overflow: visible; }
        }

        """;

    /// <summary>Creates a renderer.</summary>
    /// <param name="palette">The RAG colours; <see cref="RagPalette.Default"/> when null.</param>
    /// <param name="fragment">Whether to write only the content, without the page around it.</param>
    public HtmlRenderer(RagPalette? palette = null, bool fragment = false)
    {
        Palette = palette ?? RagPalette.Default;
        Fragment = fragment;
    }

    /// <summary>A renderer of whole pages with the default palette.</summary>
    public static HtmlRenderer Default { get; } = new();

    /// <inheritdoc/>
    public override ReportFormat Format => ReportFormat.Html;

    /// <summary>The RAG colours.</summary>
    public RagPalette Palette { get; }

    /// <summary>Whether only the content is written, without the page around it.</summary>
    public bool Fragment { get; }

    /// <summary>The page's CSS: layout, tables, findings, the RAG badges of <see cref="Palette"/>, and print rules.</summary>
    public string Stylesheet => BaseStylesheet + Palette.Css();

    /// <inheritdoc/>
    public override void Render(Document document, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        var html = new StringBuilder();
        if (!Fragment)
        {
            html.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n");
            html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
            html.Append("<title>").Append(Escape(document.Title)).Append("</title>\n");
            html.Append("<style>\n").Append(Stylesheet).Append("</style>\n");
            html.Append("</head>\n<body>\n<main>\n");
        }
        else
        {
            html.Append("<article class=\"nhp-report\">\n");
        }

        html.Append("<h1>").Append(Escape(document.Title)).Append("</h1>\n");
        if (document.Subtitle.Count > 0)
        {
            html.Append("<p class=\"meta\">").Append(Inlines(document.Subtitle)).Append("</p>\n");
        }

        var counts = new Counts { Headings = new string?[7] };
        foreach (var block in document.Blocks)
        {
            Block(html, block, ref counts);
        }

        html.Append(Fragment ? "</article>\n" : "</main>\n</body>\n</html>\n");
        writer.Write(html.ToString());
    }

    private void Block(StringBuilder html, Block block, ref Counts counts)
    {
        switch (block)
        {
            case Heading h:
                counts.Headings[h.Level] = string.Concat(h.Content.Select(i => i.PlainText));
                Array.Clear(counts.Headings, h.Level + 1, counts.Headings.Length - h.Level - 1);
                var level = h.Level.ToString(CultureInfo.InvariantCulture);
                html.Append("<h").Append(level).Append('>').Append(Inlines(h.Content)).Append("</h").Append(level).Append(">\n");
                break;
            case Paragraph p:
                html.Append("<p>").Append(Inlines(p.Content)).Append("</p>\n");
                break;
            case Note n:
                html.Append("<p class=\"note\">").Append(Inlines(n.Content)).Append("</p>\n");
                break;
            case BulletList b:
                html.Append("<ul>\n");
                foreach (var item in b.Items)
                {
                    html.Append("<li>").Append(Inlines(item)).Append("</li>\n");
                }

                html.Append("</ul>\n");
                break;
            case NestedList n:
                NestedItems(html, n.Items);
                break;
            case DefinitionList d:
                html.Append("<dl>\n");
                foreach (var definition in d.Definitions)
                {
                    html.Append("<dt>").Append(Inlines(definition.Term)).Append("</dt><dd>").Append(Inlines(definition.Description)).Append("</dd>\n");
                }

                html.Append("</dl>\n");
                break;
            case Table t:
                counts.Tables++;
                Table(html, t, counts.Tables, string.Join(" — ", counts.Headings.Skip(2).OfType<string>()));
                break;
            case FindingList f:
                Findings(html, f);
                break;
            case Figure f:
                counts.Figures++;
                var id = "figure-" + counts.Figures.ToString(CultureInfo.InvariantCulture);
                html.Append("<figure aria-labelledby=\"").Append(id).Append("\">\n").Append(f.Svg).Append('\n')
                    .Append("<figcaption id=\"").Append(id).Append("\"><strong>").Append(Escape(f.Title)).Append(".</strong> ")
                    .Append(Escape(f.Description)).Append("</figcaption>\n</figure>\n");
                break;
            case SourceList s:
                html.Append("<ul class=\"sources\">\n");
                foreach (var source in s.Sources)
                {
                    html.Append("<li><cite>").Append(Escape(source.Title)).Append("</cite>, ").Append(Escape(SourceText.Details(source))).Append("</li>\n");
                }

                html.Append("</ul>\n");
                break;
            case Contents c:
                html.Append("<nav class=\"contents\" aria-label=\"").Append(Escape(c.Title)).Append("\">\n<p class=\"contents-title\"><strong>").Append(Escape(c.Title)).Append("</strong></p>\n<ul>\n");
                foreach (var entry in c.Entries)
                {
                    html.Append("<li class=\"level-").Append(entry.Level.ToString(CultureInfo.InvariantCulture)).Append("\">").Append(Escape(entry.Text));
                    if (entry.Page is { } page)
                    {
                        html.Append(" <span class=\"page\">page ").Append(page.ToString(CultureInfo.InvariantCulture)).Append("</span>");
                    }

                    html.Append("</li>\n");
                }

                html.Append("</ul>\n</nav>\n");
                break;
            case PageBreak:
                html.Append("<hr class=\"page-break\" style=\"break-after: page; border: 0; margin: 0;\">\n");
                break;
            default:
                throw new NotSupportedException($"The HTML renderer has no rule for {block.GetType().Name}.");
        }
    }

    // The region is named by the table's caption, else by the headings it sits under (below the title), so a screen
    // reader announces which table a focused scroll area holds.
    private void Table(StringBuilder html, Table t, int number, string heading)
    {
        var id = "table-" + number.ToString(CultureInfo.InvariantCulture);
        html.Append("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" ");
        if (t.Caption is not null)
        {
            html.Append("aria-labelledby=\"").Append(id).Append("-caption\">\n<table>\n");
            html.Append("<caption id=\"").Append(id).Append("-caption\">").Append(Escape(t.Caption)).Append("</caption>\n");
        }
        else
        {
            html.Append("aria-label=\"").Append(Escape(string.IsNullOrWhiteSpace(heading) ? "Table " + number.ToString(CultureInfo.InvariantCulture) : "Table: " + heading)).Append("\">\n<table>\n");
        }

        html.Append("<thead><tr>");
        foreach (var column in t.Columns)
        {
            html.Append(column.Alignment == ColumnAlignment.Numeric ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">")
                .Append(Escape(column.Header)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in t.Rows)
        {
            Row(html, t, row);
        }

        html.Append("</tbody>\n");
        if (t.Totals is { } totals)
        {
            html.Append("<tfoot>\n");
            Row(html, t, totals);
            html.Append("</tfoot>\n");
        }

        html.Append("</table>\n</div>\n");
    }

    private void Row(StringBuilder html, Table t, TableRow row)
    {
        html.Append("<tr>");
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var numeric = t.Columns[i].Alignment == ColumnAlignment.Numeric;
            var header = i == 0 && t.RowHeaders;
            var tag = header ? "th" : "td";
            html.Append('<').Append(tag);
            if (header)
            {
                html.Append(" scope=\"row\"");
            }

            if (numeric)
            {
                html.Append(" class=\"num\"");
            }

            html.Append('>').Append(Inlines(row.Cells[i].Content)).Append("</").Append(tag).Append('>');
        }

        html.Append("</tr>\n");
    }

    private static void Findings(StringBuilder html, FindingList f)
    {
        if (f.Findings.Count == 0)
        {
            if (f.WhenEmpty is not null)
            {
                html.Append("<p>").Append(Escape(f.WhenEmpty)).Append("</p>\n");
            }

            return;
        }

        html.Append("<ul class=\"findings\">\n");
        foreach (var finding in f.Findings)
        {
            var word = finding.Severity.ToText();
            html.Append("<li class=\"finding\"><span class=\"severity-").Append(word).Append("\">").Append(word).Append("</span> <code>")
                .Append(Escape(finding.RuleId)).Append("</code> ").Append(Escape(finding.Subject)).Append(": ")
                .Append(Escape(finding.Message)).Append("</li>\n");
        }

        html.Append("</ul>\n");
    }

    private void NestedItems(StringBuilder html, IReadOnlyList<NestedListItem> items)
    {
        html.Append("<ul>\n");
        foreach (var item in items)
        {
            html.Append("<li>").Append(Inlines(item.Content));
            if (item.Children.Count > 0)
            {
                html.Append('\n');
                NestedItems(html, item.Children);
            }

            html.Append("</li>\n");
        }

        html.Append("</ul>\n");
    }

    private string Inlines(IReadOnlyList<Inline> inlines)
    {
        var text = new StringBuilder();
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun r:
                    text.Append(Escape(r.Text));
                    break;
                case Strong s:
                    text.Append("<strong>").Append(Escape(s.Text)).Append("</strong>");
                    break;
                case Emphasis e:
                    text.Append("<em>").Append(Escape(e.Text)).Append("</em>");
                    break;
                case Code c:
                    text.Append("<code>").Append(Escape(c.Text)).Append("</code>");
                    break;
                case Link l:
                    text.Append("<a href=\"").Append(Escape(l.Target)).Append("\">").Append(Escape(l.Text)).Append("</a>");
                    break;
                case RagBadge b:
                    text.Append("<span class=\"rag ").Append(Palette.CssClass(b.Level)).Append("\">").Append(Escape(b.Text)).Append("</span>");
                    break;
                default:
                    throw new NotSupportedException($"The HTML renderer has no rule for {inline.GetType().Name}.");
            }
        }

        return text.ToString();
    }

    private struct Counts
    {
        public int Figures;
        public int Tables;
        public string?[] Headings;
    }

    // The one place text becomes HTML: every character that could start markup is an entity; a line break is <br>.
    internal static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in OutputText.Clean(text.Replace("\r\n", "\n", StringComparison.Ordinal), keepLineBreaks: true, keepTab: true))
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                case '\n': builder.Append("<br>"); break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString();
    }
}
