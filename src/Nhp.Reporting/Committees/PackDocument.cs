using System.Globalization;
using Nhp.Committees;
using Nhp.Reporting.Documents;
using Nhp.Text;

namespace Nhp.Reporting.Committees;

/// <summary>
/// Builds a committee pack as one <see cref="Document"/>: the meeting (date, time, venue, members, enquiries), the
/// agenda by part with each item's number, title, report, purpose and pages (the pack's contents), then every paper
/// in agenda order, each starting on a new page. The pages are computed from the papers the pack holds, by the page
/// estimate (<see cref="PageEstimate"/>), so the agenda's page numbers agree with the pages the pack contains.
/// </summary>
public static class PackDocument
{
    /// <summary>Builds the pack.</summary>
    /// <param name="pack">The pack.</param>
    /// <param name="mainReportOf">The main report's document for a paper, or none when the library does not render it.</param>
    /// <returns>The document.</returns>
    public static Document Build(CommitteePack pack, Func<Paper, Document?> mainReportOf)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(mainReportOf);
        var papers = PaperBlocks(pack, mainReportOf);
        var pages = Paginate(pack, papers);
        var blocks = new List<Block>(Front(pack, pages));
        foreach (var (_, paperBlocks) in papers)
        {
            blocks.Add(PageBreak.Instance);
            blocks.AddRange(paperBlocks);
        }

        return new Document(pack.Meeting.Committee, [new TextRun(When(pack.Meeting))], blocks);
    }

    /// <summary>
    /// The pages each agenda item's paper takes in the pack <see cref="Build"/> makes: the front (meeting and agenda)
    /// from page 1, then each paper from a new page, its length by the page estimate.
    /// </summary>
    /// <param name="pack">The pack.</param>
    /// <param name="mainReportOf">The main report's document for a paper, or none.</param>
    /// <returns>The pages by agenda item number, for the items that have a paper.</returns>
    public static IReadOnlyDictionary<string, PageRange> PageNumbers(CommitteePack pack, Func<Paper, Document?> mainReportOf)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(mainReportOf);
        return Paginate(pack, PaperBlocks(pack, mainReportOf));
    }

    private static List<(string Number, List<Block> Blocks)> PaperBlocks(CommitteePack pack, Func<Paper, Document?> mainReportOf) =>
        [.. pack.Items()
            .Where(x => pack.PaperFor(x.Item.Number) is not null)
            .Select(x =>
            {
                var paper = pack.PaperFor(x.Item.Number)!;
                var blocks = new List<Block> { new Heading(2, [new TextRun(x.Item.Number + ". " + paper.Title)]) };
                blocks.AddRange(PaperDocument.Blocks(paper, mainReportOf(paper), shift: 1));
                return (x.Item.Number, blocks);
            })];

    // The front's length depends on the page numbers it prints, which depend on the front's length: repeat until the
    // numbers no longer change (two or three rounds; the numbers only grow, so it ends).
    private static Dictionary<string, PageRange> Paginate(CommitteePack pack, List<(string Number, List<Block> Blocks)> papers)
    {
        var pages = new Dictionary<string, PageRange>(StringComparer.Ordinal);
        for (var round = 0; round < 10; round++)
        {
            var next = new Dictionary<string, PageRange>(StringComparer.Ordinal);
            var page = PageEstimate.Pages(PackLayout.Lines(Front(pack, pages)));
            foreach (var (number, blocks) in papers)
            {
                var count = PageEstimate.Pages(PackLayout.Lines(blocks));
                next[number] = new PageRange(page + 1, page + count);
                page += count;
            }

            if (next.Count == pages.Count && next.All(p => pages.TryGetValue(p.Key, out var old) && old == p.Value))
            {
                break;
            }

            pages = next;
        }

        return pages;
    }

    private static IEnumerable<Block> Front(CommitteePack pack, Dictionary<string, PageRange> pages)
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
