using System.Text;
using Nhp.Findings;
using Nhp.Reporting.Documents;
using Nhp.Text;

namespace Nhp.Reporting.Rendering;

/// <summary>
/// Writes a document as CommonMark with GitHub tables. Text is escaped so that nothing in the data can become markup
/// (<c>|</c>, <c>*</c>, <c>_</c>, backticks, brackets, <c>&lt;</c> and <c>&gt;</c>). RAG badges are written as their
/// word in bold, figures as their title and description, since Markdown viewers do not show inline SVG.
/// </summary>
/// <remarks>Pure and thread-safe.</remarks>
public sealed class MarkdownRenderer : DocumentRenderer
{
    /// <summary>The renderer.</summary>
    public static MarkdownRenderer Default { get; } = new();

    /// <inheritdoc/>
    public override ReportFormat Format => ReportFormat.Markdown;

    /// <inheritdoc/>
    public override void Render(Document document, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        var md = new StringBuilder();
        md.Append("# ").Append(Escape(document.Title, inCell: false)).Append("\n\n");
        if (document.Subtitle.Count > 0)
        {
            md.Append(Inlines(document.Subtitle, inCell: false)).Append("\n\n");
        }

        foreach (var block in document.Blocks)
        {
            Block(md, block);
        }

        writer.Write(md.ToString().TrimEnd('\n') + "\n");
    }

    private static void Block(StringBuilder md, Block block)
    {
        switch (block)
        {
            case Heading h:
                md.Append('#', h.Level).Append(' ').Append(Inlines(h.Content, inCell: false)).Append("\n\n");
                break;
            case Paragraph p:
                md.Append(BlockStart(Inlines(p.Content, inCell: false))).Append("\n\n");
                break;
            case Note n:
                md.Append("> ").Append(Inlines(n.Content, inCell: false)).Append("\n\n");
                break;
            case BulletList b:
                foreach (var item in b.Items)
                {
                    md.Append("- ").Append(Inlines(item, inCell: false)).Append('\n');
                }

                md.Append('\n');
                break;
            case NestedList n:
                NestedItems(md, n.Items, 0);
                md.Append('\n');
                break;
            case DefinitionList d:
                // Markdown has no definition list: one line per term, joined by hard line breaks.
                md.AppendJoin("  \n", d.Definitions.Select(definition =>
                    "**" + Inlines(definition.Term, inCell: false) + ":** " + Inlines(definition.Description, inCell: false))).Append("\n\n");
                break;
            case Table t:
                Table(md, t);
                break;
            case FindingList f:
                Findings(md, f);
                break;
            case Figure f:
                md.Append("**Figure: ").Append(Escape(f.Title, inCell: false)).Append(".** ").Append(Escape(f.Description, inCell: false)).Append("\n\n");
                break;
            case SourceList s:
                foreach (var source in s.Sources)
                {
                    md.Append("- *").Append(Escape(source.Title, inCell: false)).Append("*, ").Append(Escape(SourceText.Details(source), inCell: false)).Append('\n');
                }

                md.Append('\n');
                break;
            case Contents c:
                md.Append("**").Append(Escape(c.Title, inCell: false)).Append("**\n\n");
                foreach (var entry in c.Entries)
                {
                    md.Append(' ', 2 * (entry.Level - 1)).Append("- ").Append(Escape(entry.Text, inCell: false));
                    if (entry.Page is { } page)
                    {
                        md.Append(" (page ").Append(page.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(')');
                    }

                    md.Append('\n');
                }

                md.Append('\n');
                break;
            case PageBreak:
                md.Append("---\n\n");
                break;
            default:
                throw new NotSupportedException($"The Markdown renderer has no rule for {block.GetType().Name}.");
        }
    }

    private static void Table(StringBuilder md, Table t)
    {
        if (t.Caption is not null)
        {
            md.Append('*').Append(Escape(t.Caption, inCell: false)).Append("*\n\n");
        }

        md.Append("| ").AppendJoin(" | ", t.Columns.Select(c => Escape(c.Header, inCell: true))).Append(" |\n");
        md.Append('|').AppendJoin('|', t.Columns.Select(c => c.Alignment == ColumnAlignment.Numeric ? " ---: " : " --- ")).Append("|\n");
        foreach (var row in t.Rows)
        {
            md.Append("| ").AppendJoin(" | ", row.Cells.Select(c => Inlines(c.Content, inCell: true))).Append(" |\n");
        }

        if (t.Totals is { } totals)
        {
            md.Append("| ").AppendJoin(" | ", totals.Cells.Select(c => Inlines(c.Content, inCell: true) is { Length: > 0 } text ? "**" + text + "**" : string.Empty)).Append(" |\n");
        }

        md.Append('\n');
    }

    private static void Findings(StringBuilder md, FindingList f)
    {
        if (f.Findings.Count == 0)
        {
            if (f.WhenEmpty is not null)
            {
                md.Append(Escape(f.WhenEmpty, inCell: false)).Append("\n\n");
            }

            return;
        }

        foreach (var finding in f.Findings)
        {
            md.Append("- **").Append(finding.Severity.ToText()).Append("** ").Append(CodeSpan(finding.RuleId)).Append(' ')
                .Append(Escape(finding.Subject, inCell: false)).Append(": ").Append(Escape(finding.Message, inCell: false)).Append('\n');
        }

        md.Append('\n');
    }

    // Each level indented two spaces under its parent, which CommonMark nests under a "- " item.
    private static void NestedItems(StringBuilder md, IReadOnlyList<NestedListItem> items, int level)
    {
        foreach (var item in items)
        {
            md.Append(' ', level * 2).Append("- ").Append(Inlines(item.Content, inCell: false)).Append('\n');
            NestedItems(md, item.Children, level + 1);
        }
    }

    private static string Inlines(IReadOnlyList<Inline> inlines, bool inCell)
    {
        var text = new StringBuilder();
        foreach (var inline in inlines)
        {
            text.Append(inline switch
            {
                TextRun r => Escape(r.Text, inCell),
                Strong s => s.Text.Length == 0 ? string.Empty : "**" + Escape(s.Text, inCell) + "**",
                Emphasis e => e.Text.Length == 0 ? string.Empty : "*" + Escape(e.Text, inCell) + "*",
                Code c => CodeSpan(c.Text),
                Link l => "[" + Escape(l.Text, inCell) + "](" + l.Target.Replace(" ", "%20", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal) + ")",
                RagBadge b => "**" + Escape(b.Text, inCell) + "**",
                _ => throw new NotSupportedException($"The Markdown renderer has no rule for {inline.GetType().Name}."),
            });
        }

        return text.ToString();
    }

    // A paragraph that starts like a heading, list item, quote or rule would become one: escape its first character.
    private static string BlockStart(string text)
    {
        var trimmed = text.TrimStart();
        var digits = trimmed.TakeWhile(char.IsAsciiDigit).Count();
        if (trimmed.Length > 0 && (trimmed[0] is '#' or '-' or '+' or '>' or '=' || (digits > 0 && digits < trimmed.Length && trimmed[digits] is '.' or ')')))
        {
            var at = text.Length - trimmed.Length + (digits > 0 ? digits : 0);
            return text[..at] + "\\" + text[at..];
        }

        return text;
    }

    private static string CodeSpan(string text)
    {
        var flat = text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace("|", "\\|", StringComparison.Ordinal);
        var fence = flat.Contains('`', StringComparison.Ordinal) ? "`` " : "`";
        return fence + flat + (fence.Length > 1 ? " ``" : "`");
    }

    // Escapes text so that it is read as text: markup characters get a backslash, angle brackets become entities, and
    // a line break becomes <br> in a table cell (where a newline would end the row) or a space elsewhere.
    internal static string Escape(string? text, bool inCell)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in OutputText.Clean(text.Replace("\r\n", "\n", StringComparison.Ordinal), keepLineBreaks: true))
        {
            switch (c)
            {
                case '\n':
                    builder.Append(inCell ? "<br>" : " ");
                    break;
                case '|' or '\\' or '*' or '_' or '`' or '[' or ']':
                    builder.Append('\\').Append(c);
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }
}
