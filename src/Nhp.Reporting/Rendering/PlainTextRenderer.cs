using System.Text;
using Nhp.Findings;
using Nhp.Reporting.Documents;

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
        Underline(text, document.Title, '=');
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
            default:
                throw new NotSupportedException($"The plain text renderer has no rule for {block.GetType().Name}.");
        }
    }

    private static void Table(StringBuilder text, Table t)
    {
        if (t.Caption is not null)
        {
            text.Append(t.Caption).Append('\n');
        }

        var rows = t.Rows.Select(r => r.Cells.Select(c => Flat(Inlines(c.Content))).ToArray()).ToList();
        var totals = t.Totals?.Cells.Select(c => Flat(Inlines(c.Content))).ToArray();
        var headers = t.Columns.Select(c => c.Header).ToArray();
        var widths = headers.Select((h, i) => rows.Append(totals ?? []).Where(r => r.Length > i).Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        Line(text, t, headers, widths);
        text.AppendJoin("  ", widths.Select(w => new string('-', w))).Append('\n');
        foreach (var row in rows)
        {
            Line(text, t, row, widths);
        }

        if (totals is not null)
        {
            text.AppendJoin("  ", widths.Select(w => new string('-', w))).Append('\n');
            Line(text, t, totals, widths);
        }

        text.Append('\n');
    }

    private static void Line(StringBuilder text, Table t, string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                line.Append("  ");
            }

            line.Append(t.Columns[i].Alignment == ColumnAlignment.Numeric ? cells[i].PadLeft(widths[i]) : cells[i].PadRight(widths[i]));
        }

        text.Append(line.ToString().TrimEnd()).Append('\n');
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
        string.Concat(inlines.Select(i => i is RagBadge b ? "[" + b.Text + "]" : i.PlainText));
}
