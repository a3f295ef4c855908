using Nhp.Committees;
using Nhp.Reporting.Documents;

namespace Nhp.Reporting.Committees;

// How many pages a run of blocks takes, by the one page estimate (PageEstimate): headings three lines, a paragraph its
// lines, a table two lines for the caption, then per row the most lines any cell needs in its share of the width plus
// one, a figure 24 lines. Used for the pack's page numbers, so the agenda and the papers agree by construction.
internal static class PackLayout
{
    public const int FigureLines = 24;

    public static int Lines(IEnumerable<Block> blocks) => blocks.Sum(Lines);

    public static int Lines(Block block) => block switch
    {
        Heading => 3,
        Paragraph p => PageEstimate.Lines(Plain(p.Content)),
        Note n => PageEstimate.Lines(Plain(n.Content)),
        BulletList b => b.Items.Sum(i => PageEstimate.Lines(Plain(i))),
        NestedList n => NestedLines(n.Items),
        DefinitionList d => d.Definitions.Sum(x => PageEstimate.Lines(Plain(x.Term) + ": " + Plain(x.Description))),
        Table t => TableLines(t),
        FindingList f => Math.Max(2, f.Findings.Sum(x => PageEstimate.Lines(x.RuleId + " " + x.Subject + ": " + x.Message))),
        Figure f => FigureLines + PageEstimate.Lines(f.Title + ". " + f.Description),
        SourceList s => s.Sources.Sum(x => PageEstimate.Lines(x.Title + ", " + x.Committee)),
        Contents c => 3 + c.Entries.Sum(e => PageEstimate.Lines(e.Text + " 000") - 1),
        _ => 0,
    };

    private static int NestedLines(IReadOnlyList<NestedListItem> items) => items.Sum(i => PageEstimate.Lines(Plain(i.Content)) + NestedLines(i.Children));

    private static int TableLines(Table t)
    {
        var width = Math.Max(8, PageEstimate.CharactersPerLine / t.Columns.Count);
        int RowLines(IEnumerable<string> cells) => cells.Max(c => c.Split('\n').Sum(line => Math.Max(1, (line.Length + width - 1) / width))) + 1;
        var rows = RowLines(t.Columns.Select(c => c.Header))
            + t.Rows.Sum(r => RowLines(r.Cells.Select(c => Plain(c.Content))))
            + (t.Totals is { } totals ? RowLines(totals.Cells.Select(c => Plain(c.Content))) : 0);
        return (t.Caption is null ? 0 : 2) + rows + 1;
    }

    private static string Plain(IReadOnlyList<Inline> inlines) => string.Concat(inlines.Select(i => i.PlainText));
}
