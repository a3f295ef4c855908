using Nhp.Committees;
using Nhp.Reporting.Documents;

namespace Nhp.Reporting.Committees;

// Lays a run of blocks out in pages by the page estimate (PackLayout, PageEstimate.LinesPerPage) and writes the page
// ends into it as page breaks, so the pages a pack contains are the ones its agenda counts: a block that does not fit
// in what is left of a page starts the next one; a table or list longer than that is split between pages by rows or
// items (a table's header row repeats on each); a heading stays with the start of what follows it. Only a single
// paragraph longer than a page runs over, and it is counted as the pages it fills.
internal static class PackPages
{
    // A heading needs room for itself and a few lines of what follows, or it moves to the next page.
    private const int KeepWithNext = 6;

    // The blocks with their page breaks, the page each laid block starts on (from 1, page breaks included), and the
    // number of pages. The first page may start with lines already used (a document's title and subtitle).
    public static (List<Block> Blocks, List<int> PageOf, int Pages) Lay(IEnumerable<Block> blocks, int firstPageUsed = 0)
    {
        var queue = new List<Block>(blocks);
        var laid = new List<Block>();
        var pageOf = new List<int>();
        var pages = 1;
        var used = firstPageUsed;
        for (var i = 0; i < queue.Count; i++)
        {
            var block = queue[i];
            if (block is PageBreak)
            {
                NewPage();
                continue;
            }

            var lines = PackLayout.Lines(block);
            var needed = block is Heading && i + 1 < queue.Count && queue[i + 1] is not PageBreak
                ? lines + Math.Min(PackLayout.Lines(queue[i + 1]), KeepWithNext)
                : lines;
            if (used + needed > PageEstimate.LinesPerPage)
            {
                var room = PageEstimate.LinesPerPage - used;
                if (Split(block, room) is var (first, rest) && first is not null)
                {
                    Add(first);
                    queue.Insert(i + 1, rest!);
                    NewPage();
                    continue;
                }

                if (used > 0)
                {
                    NewPage();
                    if (lines > PageEstimate.LinesPerPage && Split(block, PageEstimate.LinesPerPage) is var (whole, remainder) && whole is not null)
                    {
                        Add(whole);
                        queue.Insert(i + 1, remainder!);
                        NewPage();
                        continue;
                    }
                }
            }

            Add(block);
            used += lines;

            // Only a paragraph longer than a page gets here: it runs on over the pages it fills.
            while (used > PageEstimate.LinesPerPage)
            {
                pages++;
                used -= PageEstimate.LinesPerPage;
            }
        }

        return (laid, pageOf, pages);

        void Add(Block laidBlock)
        {
            laid.Add(laidBlock);
            pageOf.Add(pages);
        }

        void NewPage()
        {
            Add(PageBreak.Instance);
            pages++;
            used = 0;
        }
    }

    // The part of a block that fits in the lines given and the rest, or none when not even its first row or item fits.
    private static (Block? First, Block? Remainder) Split(Block block, int room)
    {
        switch (block)
        {
            case Table t when t.Rows.Count > 1:
                for (var count = t.Rows.Count - 1; count >= 1; count--)
                {
                    var first = new Table(t.Columns, [.. t.Rows.Take(count)], null, t.Caption, t.RowHeaders);
                    if (PackLayout.Lines(first) <= room)
                    {
                        return (first, new Table(t.Columns, [.. t.Rows.Skip(count)], t.Totals, null, t.RowHeaders));
                    }
                }

                break;
            case BulletList b when b.Items.Count > 1:
                return Fit(b.Items, room, items => new BulletList(items));
            case FindingList f when f.Findings.Count > 1:
                return Fit(f.Findings, room, items => f with { Findings = items });
            case DefinitionList d when d.Definitions.Count > 1:
                return Fit(d.Definitions, room, items => new DefinitionList(items));
            case SourceList s when s.Sources.Count > 1:
                return Fit(s.Sources, room, items => new SourceList(items));
        }

        return (null, null);
    }

    private static (Block? First, Block? Remainder) Fit<T>(IReadOnlyList<T> items, int room, Func<IReadOnlyList<T>, Block> make)
    {
        for (var count = items.Count - 1; count >= 1; count--)
        {
            var first = make([.. items.Take(count)]);
            if (PackLayout.Lines(first) <= room)
            {
                return (first, make([.. items.Skip(count)]));
            }
        }

        return (null, null);
    }
}
