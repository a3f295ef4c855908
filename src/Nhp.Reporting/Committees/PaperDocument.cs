using Nhp.Committees;
using Nhp.Reporting.Documents;

namespace Nhp.Reporting.Committees;

/// <summary>
/// Builds a committee paper as a <see cref="Document"/>: the subject as title, the front sheet table, Summary,
/// Recommendation(s), Main Report (a report's document, its headings one level down), Appendices and Contact. Every
/// renderer then writes it: Markdown, HTML, plain text and Word.
/// </summary>
public static class PaperDocument
{
    /// <summary>The note written in place of a main report the library cannot render.</summary>
    public const string NotAvailable = "The main report of this paper is not available: the library does not yet render it.";

    /// <summary>Builds the paper.</summary>
    /// <param name="paper">The paper.</param>
    /// <param name="mainReport">The main report's document, or none (then the paper's section headings are listed, or a
    /// note says the report is not available).</param>
    /// <returns>The document.</returns>
    public static Document Build(Paper paper, Document? mainReport)
    {
        ArgumentNullException.ThrowIfNull(paper);
        return new Document(paper.Title, [], [.. Blocks(paper, mainReport, 0)]);
    }

    /// <summary>The paper's blocks with every heading <paramref name="shift"/> levels down (at most 6), for a pack.</summary>
    internal static IEnumerable<Block> Blocks(Paper paper, Document? mainReport, int shift)
    {
        yield return FrontSheetTable.Build(paper.FrontSheet);
        yield return Heading(2, "Summary", shift);
        foreach (var paragraph in paper.Summary)
        {
            yield return new Paragraph([new TextRun(paragraph)]);
        }

        yield return Heading(2, paper.Recommendations.Count > 1 ? "Recommendations" : "Recommendation", shift);
        foreach (var paragraph in paper.Recommendations)
        {
            yield return new Paragraph([new TextRun(paragraph)]);
        }

        yield return Heading(2, "Main Report", shift);
        if (mainReport is not null)
        {
            if (mainReport.Subtitle.Count > 0)
            {
                yield return new Paragraph(mainReport.Subtitle);
            }

            foreach (var block in mainReport.Blocks)
            {
                yield return block is Heading h ? new Heading(Math.Min(6, h.Level + 1 + shift), h.Content) : block;
            }
        }
        else if (paper.Sections.Count > 0)
        {
            foreach (var section in paper.Sections)
            {
                yield return Heading(3, section, shift);
            }
        }
        else
        {
            yield return new Note([new TextRun(NotAvailable)]);
        }

        if (paper.Appendices.Count > 0)
        {
            yield return Heading(2, "Appendices", shift);
            yield return new BulletList([.. paper.Appendices.Select(a => (IReadOnlyList<Inline>)[new TextRun(a.IsPublic ? a.Title : a.Title + " (non-public)")])]);
        }

        if (paper.Contacts.Count > 0)
        {
            yield return Heading(2, paper.Contacts.Count > 1 ? "Contact officers" : "Contact officer", shift);
            foreach (var contact in paper.Contacts)
            {
                var inlines = new List<Inline> { new Strong(contact.Name) };
                if (contact.Role is not null)
                {
                    inlines.Add(new TextRun("\n" + contact.Role));
                }

                if (contact.Email is not null)
                {
                    inlines.Add(new TextRun("\nE: "));
                    inlines.Add(new Link(contact.Email, "mailto:" + contact.Email));
                }

                yield return new Paragraph(inlines);
            }
        }
    }

    private static Heading Heading(int level, string text, int shift) => new(Math.Min(6, level + shift), [new TextRun(text)]);
}
