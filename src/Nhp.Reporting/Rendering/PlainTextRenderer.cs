using System.Text;
using Nhp.Findings;
using Nhp.Reporting.Documents;
using Nhp.Text;

namespace Nhp.Reporting.Rendering;

/// <summary>
/// Writes a document as plain text for a terminal: underlined headings, paragraphs wrapped at <see cref="Width"/>
/// columns, tables as aligned columns (numbers to the right), RAG badges as <c>[GREEN]</c>, and findings one per line.
/// </summary>
/// <remarks>Pure and thread-safe. Nothing is escaped: plain text has no markup.</remarks>
public sealed class PlainTextRenderer : DocumentRenderer
{
    /// <summary>Creates a renderer.</summary>
    /// <param name="width">The column at which paragraphs wrap; at least 40.</param>
    public PlainTextRenderer(int width = 100)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 40);
        Width = width;
    }

    /// <summary>A renderer that wraps at 100 columns.</summary>
    public static PlainTextRenderer Default { get; } = new();

    /// <inheritdoc/>
    public override ReportFormat Format => ReportFormat.Text;

    /// <summary>The column at which paragraphs wrap.</summary>
    public int Width { get; }

    /// <inheritdoc/>
    public override void Render(Document document, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        var text = new StringBuilder();
        Underline(text, OutputText.Clean(document.Title), '=');
        if (document.Subtitle.Count > 0)
        {
            Wrap(text, Inlines(document.Subtitle), string.Empty, string.Empty);
            text.Append('\n');
        }

        foreach (var block in document.Blocks)
        {
            Block(text, block);
        }

        writer.Write(text.ToString().TrimEnd('\n') + "\n");
    }

    private void Block(StringBuilder text, Block block)
    {
        switch (block)
        {
            case Heading h:
                Underline(text, Inlines(h.Content), h.Level == 2 ? '-' : '.');
                break;
            case Paragraph p:
                Wrap(text, Inlines(p.Content), string.Empty, string.Empty);
                text.Append('\n');
                break;
            case Note n:
                Wrap(text, "Note: " + Inlines(n.Content), string.Empty, "      ");
                text.Append('\n');
                break;
            case BulletList b:
                foreach (var item in b.Items)
                {
                    Wrap(text, Inlines(item), "- ", "  ");
                }

                text.Append('\n');
                break;
            case NestedList n:
                NestedItems(text, n.Items, 0);
                text.Append('\n');
                break;
            case DefinitionList d:
                foreach (var definition in d.Definitions)
                {
                    Wrap(text, Inlines(definition.Term) + ": " + Inlines(definition.Description), string.Empty, "  ");
                }

                text.Append('\n');
                break;
            case Table t:
                Table(text, t);
                break;
            case FindingList f:
                Findings(text, f);
                break;
            case Figure f:
                Wrap(text, "Figure: " + f.Title + ". " + f.Description, string.Empty, "  ");
                text.Append('\n');
                break;
            case SourceList s:
                foreach (var source in s.Sources)
                {
                    Wrap(text, source.Title + ", " + SourceText.Details(source), "- ", "  ");
                }

                text.Append('\n');
                break;
            case Contents c:
                text.Append(c.Title).Append('\n');
                foreach (var entry in c.Entries)
                {
                    var indent = new string(' ', 2 * (entry.Level - 1));
                    Wrap(text, entry.Page is { } page ? entry.Text + " (page " + page.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")" : entry.Text, indent, indent + "  ");
                }

                text.Append('\n');
                break;
            case PageBreak:
                text.Append("\f\n");
                break;
            default:
                throw new NotSupportedException($"The plain text renderer has no rule for {block.GetType().Name}.");
        }
    }

    // Columns keep their natural width when the table fits in Width; otherwise the widest text columns narrow (never
    // below MinimumColumn) and their cells wrap onto more lines, so a terminal shows every word.
    private void Table(StringBuilder text, Table t)
    {
        if (t.Caption is not null)
        {
            text.Append(t.Caption).Append('\n');
        }

        var rows = t.Rows.Select(r => r.Cells.Select(c => Flat(Inlines(c.Content))).ToArray()).ToList();
        var totals = t.Totals?.Cells.Select(c => Flat(Inlines(c.Content))).ToArray();
        var headers = t.Columns.Select(c => c.Header).ToArray();
        var widths = Fit(t, headers.Select((h, i) => rows.Concat(totals is null ? [] : [totals]).Select(r => r[i].Length).Append(h.Length).Max()).ToArray());
        var rule = string.Join("  ", widths.Select(w => new string('-', w))) + "\n";
        Row(text, t, headers, widths);
        text.Append(rule);
        foreach (var row in rows)
        {
            Row(text, t, row, widths);
        }

        if (totals is not null)
        {
            text.Append(rule);
            Row(text, t, totals, widths);
        }

        text.Append('\n');
    }

    private int[] Fit(Table t, int[] widths)
    {
        const int MinimumColumn = 12;
        var available = Width - (2 * (widths.Length - 1));
        while (widths.Sum() > available)
        {
            var widest = Enumerable.Range(0, widths.Length)
                .Where(i => t.Columns[i].Alignment == ColumnAlignment.Text && widths[i] > MinimumColumn)
                .OrderByDescending(i => widths[i]).ThenBy(i => i)
                .FirstOrDefault(-1);
            if (widest < 0)
            {
                break;
            }

            widths[widest]--;
        }

        return widths;
    }

    private static void Row(StringBuilder text, Table t, string[] cells, int[] widths)
    {
        var wrapped = cells.Select((c, i) => WrapCell(c, widths[i])).ToArray();
        for (var lineIndex = 0; lineIndex < wrapped.Max(w => w.Count); lineIndex++)
        {
            var line = new StringBuilder();
            for (var i = 0; i < cells.Length; i++)
            {
                if (i > 0)
                {
                    line.Append("  ");
                }

                var part = lineIndex < wrapped[i].Count ? wrapped[i][lineIndex] : string.Empty;
                line.Append(t.Columns[i].Alignment == ColumnAlignment.Numeric ? part.PadLeft(widths[i]) : part.PadRight(widths[i]));
            }

            text.Append(line.ToString().TrimEnd()).Append('\n');
        }
    }

    private static List<string> WrapCell(string cell, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in cell.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var rest = word;
            while (rest.Length > width)
            {
                if (line.Length > 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }

                lines.Add(rest[..width]);
                rest = rest[width..];
            }

            if (line.Length > 0 && line.Length + 1 + rest.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(rest);
        }

        lines.Add(line.ToString());
        return lines;
    }

    private void Findings(StringBuilder text, FindingList f)
    {
        if (f.Findings.Count == 0)
        {
            if (f.WhenEmpty is not null)
            {
                Wrap(text, f.WhenEmpty, string.Empty, string.Empty);
                text.Append('\n');
            }

            return;
        }

        foreach (var finding in f.Findings)
        {
            Wrap(text, finding.Severity.ToText() + " " + finding.RuleId + " " + finding.Subject + ": " + finding.Message, "- ", "  ");
        }

        text.Append('\n');
    }

    private static void Underline(StringBuilder text, string heading, char mark)
    {
        var flat = Flat(heading);
        text.Append(flat).Append('\n').Append(mark, flat.Length).Append("\n\n");
    }

    private void NestedItems(StringBuilder text, IReadOnlyList<NestedListItem> items, int level)
    {
        var indent = new string(' ', level * 2);
        foreach (var item in items)
        {
            Wrap(text, Inlines(item.Content), indent + "- ", indent + "  ");
            NestedItems(text, item.Children, level + 1);
        }
    }

    private void Wrap(StringBuilder text, string content, string first, string rest)
    {
        var line = new StringBuilder(first);
        var empty = true;
        foreach (var word in Flat(content).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!empty && line.Length + 1 + word.Length > Width)
            {
                text.Append(line).Append('\n');
                line.Clear().Append(rest);
                empty = true;
            }

            if (!empty)
            {
                line.Append(' ');
            }

            line.Append(word);
            empty = false;
        }

        text.Append(line.ToString().TrimEnd()).Append('\n');
    }

    private static string Flat(string text) => text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ');

    private static string Inlines(IReadOnlyList<Inline> inlines) =>
        OutputText.Clean(string.Concat(inlines.Select(i => i is RagBadge b ? "[" + b.Text + "]" : i.PlainText)), keepLineBreaks: true);
}
