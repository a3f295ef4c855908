using System.Globalization;
using Nhp.Committees;
using Nhp.Reporting.Documents;
using Nhp.Text;

namespace Nhp.Reporting.Committees;

/// <summary>
/// Builds a committee pack as one <see cref="Document"/>: the meeting (date, time, venue, members, enquiries), the
/// agenda by part with each item's number, title, report, purpose and pages, the contents (the pack's headings with
/// their pages; a real table of contents field in Word), then every paper in agenda order, each starting on a new page.
/// The pack is laid out in pages by the page estimate (<see cref="PageEstimate"/>) and each page's end is written into
/// the document as a page break, so the pages the agenda and contents print are the pages the pack contains.
/// </summary>
public static class PackDocument
{
    /// <summary>The title of the pack's contents.</summary>
    public const string ContentsTitle = "Contents";

    /// <summary>Builds the pack.</summary>
    /// <param name="pack">The pack.</param>
    /// <param name="mainReportOf">The main report's document for a paper, or none when the library does not render it.</param>
    /// <returns>The document.</returns>
    public static Document Build(CommitteePack pack, Func<Paper, Document?> mainReportOf)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(mainReportOf);
        return new Document(pack.Meeting.Committee, [new TextRun(When(pack.Meeting))], Layout(pack, mainReportOf).Blocks);
    }

    /// <summary>
    /// The pages each agenda item's paper takes in the pack <see cref="Build"/> makes: the front (meeting, agenda and
    /// contents) from page 1, then each paper from a new page, as many pages as its laid-out blocks fill.
    /// </summary>
    /// <param name="pack">The pack.</param>
    /// <param name="mainReportOf">The main report's document for a paper, or none.</param>
    /// <returns>The pages by agenda item number, for the items that have a paper.</returns>
    public static IReadOnlyDictionary<string, PageRange> PageNumbers(CommitteePack pack, Func<Paper, Document?> mainReportOf)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(mainReportOf);
        return Layout(pack, mainReportOf).Pages;
    }

    private sealed record LaidPaper(string Number, string Heading, List<Block> Blocks, int Pages);

    // The front's length depends on the page numbers it prints, which depend on the front's length: repeat until the
    // numbers no longer change (two or three rounds; the numbers only grow, so it ends).
    private static (List<Block> Blocks, Dictionary<string, PageRange> Pages) Layout(CommitteePack pack, Func<Paper, Document?> mainReportOf)
    {
        var papers = LaidPapers(pack, mainReportOf);
        var pages = new Dictionary<string, PageRange>(StringComparer.Ordinal);
        var title = TitleLines(pack);
        var front = PackPages.Lay(Front(pack, pages, papers, 1), title);
        for (var round = 0; round < 10; round++)
        {
            var next = new Dictionary<string, PageRange>(StringComparer.Ordinal);
            var page = front.Pages;
            foreach (var paper in papers)
            {
                next[paper.Number] = new PageRange(page + 1, page + paper.Pages);
                page += paper.Pages;
            }

            var agendaPage = front.PageOf[front.Blocks.FindIndex(b => b is Heading { Level: 2 })];
            var nextFront = PackPages.Lay(Front(pack, next, papers, agendaPage), title);
            var same = next.Count == pages.Count && next.All(p => pages.TryGetValue(p.Key, out var old) && old == p.Value);
            pages = next;
            if (same && nextFront.Pages == front.Pages)
            {
                front = nextFront;
                break;
            }

            front = nextFront;
        }

        var blocks = new List<Block>(front.Blocks);
        foreach (var paper in papers)
        {
            blocks.Add(PageBreak.Instance);
            blocks.AddRange(paper.Blocks);
        }

        return (blocks, pages);
    }

    // The document's title (a level-1 heading) and subtitle (a paragraph) open the first page.
    private static int TitleLines(CommitteePack pack) =>
        PackLayout.Lines(new Heading(2, [new TextRun(pack.Meeting.Committee)])) + PackLayout.Lines(new Paragraph([new TextRun(When(pack.Meeting))]));

    private static List<LaidPaper> LaidPapers(CommitteePack pack, Func<Paper, Document?> mainReportOf) =>
        [.. pack.Items()
            .Where(x => pack.PaperFor(x.Item.Number) is not null)
            .Select(x =>
            {
                var paper = pack.PaperFor(x.Item.Number)!;
                var heading = x.Item.Number + ". " + paper.Title;
                var (blocks, _, count) = PackPages.Lay([new Heading(2, [new TextRun(heading)]), .. PaperDocument.Blocks(paper, mainReportOf(paper), shift: 1)]);
                return new LaidPaper(x.Item.Number, heading, blocks, count);
            })];

    private static IEnumerable<Block> Front(CommitteePack pack, Dictionary<string, PageRange> pages, List<LaidPaper> papers, int agendaPage)
    {
        var meeting = pack.Meeting;
        var details = new List<(string, string)> { ("Date", Wording.Date(meeting.Date)) };
        if (meeting.Time is { } time)
        {
            details.Add(("Time", Time(time)));
        }

        if (meeting.Venue is not null)
        {
            details.Add(("Venue", meeting.Venue));
        }

        if (meeting.Members.Count > 0)
        {
            details.Add(("Members", string.Join(", ", meeting.Members.Select(Member))));
        }

        if (meeting.Enquiries is { } enquiries)
        {
            details.Add(("Enquiries", enquiries.Email is null ? enquiries.Name : enquiries.Name + ", " + enquiries.Email));
        }

        yield return new DefinitionList([.. details.Select(d => new Definition([new TextRun(d.Item1)], [new TextRun(d.Item2)]))]);
        yield return new Heading(2, [new TextRun("Agenda")]);
        foreach (var part in pack.Parts)
        {
            yield return new Heading(3, [new TextRun(part.Title)]);
            var rows = part.Items.SelectMany(Flatten).Select(item => TableRow.Of(
                item.Number,
                item.Title,
                item.ReportOf ?? string.Empty,
                item.Purpose is { } purpose ? purpose.ToText() : string.Empty,
                pages.TryGetValue(item.Number, out var range) ? range.ToString() : string.Empty));
            yield return new Table(
                [new TableColumn("Item"), new TableColumn("Title"), new TableColumn("Report"), new TableColumn("Purpose"), new TableColumn("Pages")],
                [.. rows]);
        }

        // What Word's table of contents lists over heading levels 1 and 2: the pack's title, the agenda and each paper.
        List<ContentsEntry> entries = [new(1, pack.Meeting.Committee, 1), new(2, "Agenda", agendaPage)];
        entries.AddRange(papers.Select(p => new ContentsEntry(2, p.Heading, pages.TryGetValue(p.Number, out var range) ? range.First : null)));
        yield return new Contents(ContentsTitle, 2, entries);
    }

    private static IEnumerable<AgendaItem> Flatten(AgendaItem item) => [item, .. item.SubItems.SelectMany(Flatten)];

    private static string When(Meeting meeting) =>
        meeting.Time is { } time ? Wording.Date(meeting.Date) + ", " + Time(time) : Wording.Date(meeting.Date);

    private static string Time(NodaTime.LocalTime time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Member(CommitteeMember member) => member.Role switch
    {
        MemberRole.Chair => member.Name + " (Chair)",
        MemberRole.DeputyChair => member.Name + " (Deputy Chair)",
        MemberRole.ExternalMember => member.Name + " (External Member)",
        _ => member.Name,
    };
}
