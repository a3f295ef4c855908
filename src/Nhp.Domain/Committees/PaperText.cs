using System.Text;
using System.Text.RegularExpressions;
using Nhp.Findings;
using Nhp.Importing;
using Nhp.Text;

namespace Nhp.Committees;

/// <summary>
/// Reads committee papers from a text export (a paper, or a whole pack saved or copied as text): every front sheet
/// (a line starting "Committee(s):") opens a paper, which runs to the next front sheet or to an "Agenda Item N" page
/// header. For each paper: the front sheet's rows (cells separated by tabs or by three or more spaces; a row wrapped
/// over several lines joined back; labels recognised with a letter or two damaged), then the Summary,
/// Recommendation(s), the Main Report's section headings, the Appendices listed and the contact officers (a name and
/// role before an "E:" or "T:" line, or at the paper's end). Lines "This page is intentionally left blank", page
/// numbers and notes in square brackets are skipped. Each paper comes with where its parts were read, so the paper
/// rules' findings name the line. Thread-safe.
/// </summary>
public static partial class PaperText
{
    private static readonly string[] Accepted =
        ["a committee paper exported as text, opening with its front sheet: \"Committee(s):<tab>Dated:\", \"Subject: …<tab>Public\", …, \"Report of: …<tab>For Discussion\", \"Report author: …\""];

    // Section headings as papers write them (compared in FuzzyText's letter form, so "Recommendation(s)" is RECOMMENDATIONS).
    private static readonly (string Letters, string Section)[] Sections =
    [
        ("SUMMARY", Summary),
        ("RECOMMENDATIONS", Recommendations),
        ("RECOMMENDATION", Recommendations),
        ("MAINREPORT", Main),
        ("APPENDICES", Appendices),
        ("ANNEXES", Appendices),
        ("BACKGROUNDPAPERS", Background),
        ("CONTACT", Contact),
        ("CONTACTOFFICER", Contact),
        ("CONTACTOFFICERS", Contact),
        ("CONTACTDETAILS", Contact),
        ("REPORTAUTHOR", Contact),
        ("REPORTAUTHORS", Contact),
    ];

    private static readonly string BlankPageNotice = FuzzyText.Letters("This page is intentionally left blank");

    private const string Summary = "summary";
    private const string Recommendations = "recommendations";
    private const string Main = "main";
    private const string Appendices = "appendices";
    private const string Background = "background";
    private const string Contact = "contact";

    /// <summary>Reads the papers in a text file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The papers in the order they appear (none, with a <see cref="PaperImportRules.NoFrontSheet"/> finding, when there is no front sheet).</returns>
    /// <exception cref="NhpInputException">The file is empty, a folder, or beyond the import limits.</exception>
    public static ImportResult<IReadOnlyList<LocatedPaper>> Read(string path) => ImportInput.FromPath(path, (reader, source) => Read(reader, source));

    /// <summary>Reads the papers in a stream (UTF-8 unless a byte order mark says otherwise), leaving it open.</summary>
    /// <param name="stream">The input.</param>
    /// <param name="source">The input's name for findings, or none.</param>
    /// <returns>The papers in the order they appear (none, with a finding, when there is no front sheet).</returns>
    /// <exception cref="NhpInputException">The input is empty or beyond the import limits.</exception>
    public static ImportResult<IReadOnlyList<LocatedPaper>> Read(Stream stream, string? source = null) => ImportInput.FromStream(stream, source, Read);

    /// <summary>Reads the papers in a text.</summary>
    /// <param name="reader">The input; read to its end, not closed.</param>
    /// <param name="source">The input's name for findings, or none.</param>
    /// <returns>The papers in the order they appear (none, with a finding, when there is no front sheet).</returns>
    /// <exception cref="NhpInputException">The input is empty.</exception>
    public static ImportResult<IReadOnlyList<LocatedPaper>> Read(TextReader reader, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(CleanLine(line));
        }

        if (lines.All(l => l.Length == 0))
        {
            throw new NhpInputException("The file is empty: expected a committee paper exported as text.", new SourceLocation(source, null), null, Accepted);
        }

        var starts = Enumerable.Range(0, lines.Count).Where(i => IsFrontSheetStart(lines[i])).ToList();
        if (starts.Count == 0)
        {
            return new ImportResult<IReadOnlyList<LocatedPaper>>(
                null,
                [PaperImportRules.NoFrontSheetRule.Finding(source ?? "paper", "front sheet", "No line starts with \"Committee(s):\" (the front sheet's first row), so no paper was read.", new SourceLocation(source, 1))],
                source);
        }

        var papers = starts.Select((start, k) => ReadPaper(lines, start, k + 1 < starts.Count ? starts[k + 1] : lines.Count, source)).ToList();
        return new ImportResult<IReadOnlyList<LocatedPaper>>(papers, [], source);
    }

    private static string CleanLine(string line) =>
        line.Replace('\u00A0', ' ').Replace('\f', ' ').Replace('\u200B', ' ').TrimEnd();

    // Cells of a row: separated by tabs, or by three or more spaces when an export turned the tabs into spaces.
    private static string[] Cells(string line) => CellBreak().Split(line.Trim()).Select(c => c.Trim()).ToArray();

    private static string Value(string[] cells) => string.Join(" ", cells.Skip(1).Where(c => c.Length > 0));

    private static bool IsFrontSheetStart(string line)
    {
        var cells = Cells(line);
        var (kind, end) = FrontSheetLabel.Read(cells[0]);
        if (kind != FrontSheetLabel.Kind.Committees)
        {
            return false;
        }

        // A sentence that starts with the word is not the table: the label has its colon, or a "Dated" cell follows.
        return cells[0][..end].Contains(':', StringComparison.Ordinal)
            || cells.Skip(1).Any(c => FrontSheetLabel.Read(c).Kind == FrontSheetLabel.Kind.Dated)
            || DatedWord().IsMatch(line);
    }

    private static LocatedPaper ReadPaper(List<string> lines, int start, int end, string? source)
    {
        for (var i = start + 1; i < end; i++)
        {
            if (AgendaItemHeader().IsMatch(lines[i].Trim()))
            {
                end = i;
                break;
            }
        }

        var fields = new Dictionary<string, SourceLocation>(StringComparer.Ordinal)
        {
            [PaperCheck.DatedField] = At(source, start),
        };
        var (rows, bodyStart) = FrontSheetBlock(lines, start, end, source, fields);
        var sheet = FrontSheetRows.Read(rows);
        return Body(sheet, lines, bodyStart, end, source, fields);
    }

    private static SourceLocation At(string? source, int index) => new(source, index + 1);

    private static (List<(string Label, string Value)> Rows, int Next) FrontSheetBlock(
        List<string> lines, int start, int end, string? source, Dictionary<string, SourceLocation> fields)
    {
        var rows = new List<(string Label, string Value)>();
        var header = Cells(lines[start]);
        var (_, labelEnd) = FrontSheetLabel.Read(header[0]);
        var committee = header[0][labelEnd..].Trim();
        var dated = string.Empty;
        foreach (var cell in header.Skip(1))
        {
            var (kind, cellEnd) = FrontSheetLabel.Read(cell);
            dated = Join(dated, kind == FrontSheetLabel.Kind.Dated ? cell[cellEnd..].Trim() : cell);
        }

        if (header.Length == 1 && DatedWord().Match(committee) is { Success: true } inline)
        {
            // "Committee(s): Police Authority Board Dated: 22 nd June 2021" with the spacing lost.
            dated = committee[(inline.Index + inline.Length)..].Trim();
            committee = committee[..inline.Index].Trim();
        }

        if (committee.Length > 0 || dated.Length > 0)
        {
            rows.Add((committee, dated));
        }

        var seenSubject = false;
        var seenAuthor = false;
        var j = start + 1;
        for (; j < end; j++)
        {
            if (lines[j].Length == 0)
            {
                // The table ends at a blank line, unless more of its rows follow (an export that spaced them out).
                var k = j + 1;
                while (k < end && lines[k].Length == 0)
                {
                    k++;
                }

                if (k < end && !seenAuthor && FrontSheetLabel.Read(Cells(lines[k])[0]).Kind is not (FrontSheetLabel.Kind.None or FrontSheetLabel.Kind.Committees or FrontSheetLabel.Kind.Dated))
                {
                    j = k - 1;
                    continue;
                }

                break;
            }

            var cells = Cells(lines[j]);
            var (kind, _) = FrontSheetLabel.Read(cells[0]);
            var (label, value) = cells.Length > 1 ? (cells[0], Value(cells)) : SplitRun(kind, cells[0]);
            switch (kind)
            {
                case FrontSheetLabel.Kind.Dated when !seenSubject:
                    continue;
                case FrontSheetLabel.Kind.None or FrontSheetLabel.Kind.Committees or FrontSheetLabel.Kind.Dated:
                    if (!seenSubject)
                    {
                        // A committee row. A name wrapped over lines has its date(s) on one of them: a line without a
                        // date joins the line after it, or the one before when no dated line follows.
                        if (rows.Count > 0 && rows[^1].Value.Length == 0)
                        {
                            rows[^1] = (Join(rows[^1].Label, label), value);
                        }
                        else if (rows.Count > 0 && value.Length == 0 && NextIsSubject(lines, j + 1, end))
                        {
                            rows[^1] = (Join(rows[^1].Label, label), rows[^1].Value);
                        }
                        else
                        {
                            rows.Add((label, value));
                        }
                    }
                    else if (rows.Count > 0)
                    {
                        // A row wrapped over several lines: both cells go on.
                        rows[^1] = (Join(rows[^1].Label, label), Join(rows[^1].Value, value));
                    }

                    continue;
                case FrontSheetLabel.Kind.Subject:
                    seenSubject = true;
                    fields["subject"] = At(source, j);
                    break;
                case FrontSheetLabel.Kind.ExtraSpending or FrontSheetLabel.Kind.HowMuch or FrontSheetLabel.Kind.FundingSource or FrontSheetLabel.Kind.Agreed:
                    fields.TryAdd(PaperCheck.FundingField, At(source, j));
                    break;
                case FrontSheetLabel.Kind.Author:
                    seenAuthor = true;
                    break;
            }

            rows.Add((label, value));
        }

        return (rows, j);
    }

    private static bool NextIsSubject(List<string> lines, int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (lines[k].Length > 0)
            {
                return FrontSheetLabel.Read(Cells(lines[k])[0]).Kind == FrontSheetLabel.Kind.Subject;
            }
        }

        return true;
    }

    // A row whose cells ran together (one space between them): the value is recognised at the end of the label.
    private static (string Label, string Value) SplitRun(FrontSheetLabel.Kind kind, string text)
    {
        Match match = kind switch
        {
            FrontSheetLabel.Kind.Subject => TrailingPublic().Match(text),
            FrontSheetLabel.Kind.ReportOf or FrontSheetLabel.Kind.JointReportOf => TrailingPurpose().Match(text),
            FrontSheetLabel.Kind.Outcomes or FrontSheetLabel.Kind.ExtraSpending or FrontSheetLabel.Kind.HowMuch or FrontSheetLabel.Kind.FundingSource or FrontSheetLabel.Kind.Agreed
                => AfterQuestion().Match(text),
            FrontSheetLabel.Kind.None => FirstDate().Match(text),
            _ => Match.Empty,
        };
        return match.Success && match.Index > 0
            ? (text[..match.Index].TrimEnd(), text[match.Index..].Trim())
            : (text, string.Empty);
    }

    private static string Join(string a, string b) => a.Length == 0 ? b : b.Length == 0 ? a : a + " " + b;

    private static LocatedPaper Body(FrontSheet sheet, List<string> lines, int from, int end, string? source, Dictionary<string, SourceLocation> fields)
    {
        var paragraphs = Paragraphs(lines, from, end);
        var contacts = ContactBlocks(paragraphs);
        var summary = new List<string>();
        var recommendations = new List<string>();
        var sections = new List<string>();
        var appendices = new List<PaperAppendix>();
        string? section = null;
        var appendixParagraphs = 0;
        var named = new List<ContactOfficer>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            if (contacts.ContainsKey(p) || contacts.Values.Any(c => c.Covers(p)))
            {
                // After the contact officer come the appendices' own pages, which are not the paper's sections.
                section = null;
                continue;
            }

            if (paragraph.Separator)
            {
                section = null;
                continue;
            }

            var body = paragraph.Lines;
            if (SectionOf(body[0]) is { } heading)
            {
                section = heading;
                appendixParagraphs = 0;
                var field = heading switch
                {
                    Summary => PaperCheck.SummaryField,
                    Recommendations => PaperCheck.RecommendationField,
                    Appendices => PaperCheck.AppendicesField,
                    _ => heading,
                };
                fields.TryAdd(field, At(source, paragraph.Line));
                if (body.Count == 1)
                {
                    continue;
                }

                body = body.Skip(1).ToList();
            }

            switch (section)
            {
                case Summary:
                    summary.Add(Text(body));
                    break;
                case Recommendations:
                    recommendations.Add(Text(body));
                    break;
                case Main:
                    if (IsHeading(body[0]) && (body.Count == 1 || ListItem().IsMatch(body[1])))
                    {
                        sections.Add(Plain(body[0]));
                    }

                    break;
                case Appendices:
                    if (appendixParagraphs++ > 0 && !body.Any(l => AppendixStart().IsMatch(l)))
                    {
                        section = null;
                        break;
                    }

                    appendices.AddRange(Text(body).Split('\n').SelectMany(AppendicesIn));
                    break;
                case Contact when IsName(body[0]):
                    named.Add(new ContactOfficer(Plain(body[0]), body.Count > 1 ? string.Join("\n", body.Skip(1).Select(Plain)) : null));
                    break;
            }
        }

        var paper = new Paper
        {
            FrontSheet = sheet,
            Summary = summary,
            Recommendations = recommendations,
            Sections = sections,
            Appendices = appendices,
            Contacts = Officers([.. contacts.OrderBy(c => c.Key).Select(c => c.Value.Officer), .. named]),
        };
        return new LocatedPaper(paper, fields[PaperCheck.DatedField], fields);
    }

    // An officer named twice (a page repeated by the export) is listed once, with the fullest details.
    private static List<ContactOfficer> Officers(List<ContactOfficer> officers) =>
        [.. officers.GroupBy(o => o.Name, StringComparer.Ordinal).Select(g => g.OrderByDescending(o => (o.Email is null ? 0 : 2) + (o.Role is null ? 0 : 1)).First())];

    private sealed record TextParagraph(List<string> Lines, int Line, bool Separator);

    private sealed record ContactBlock(int First, int Last, ContactOfficer Officer)
    {
        public bool Covers(int paragraph) => paragraph >= First && paragraph <= Last;
    }

    private static List<TextParagraph> Paragraphs(List<string> lines, int from, int end)
    {
        var paragraphs = new List<TextParagraph>();
        List<string>? current = null;
        var first = 0;
        for (var i = from; i <= end; i++)
        {
            var line = i < end ? lines[i] : string.Empty;
            var skip = line.Length > 0 && IsArtefact(line);
            if (line.Length == 0 || skip)
            {
                if (current is not null)
                {
                    paragraphs.Add(new TextParagraph(current, first, false));
                    current = null;
                }

                if (skip && IsBlankPage(line))
                {
                    paragraphs.Add(new TextParagraph([line], i, true));
                }

                continue;
            }

            if (current is null)
            {
                current = [];
                first = i;
            }

            current.Add(line.Trim());
        }

        return paragraphs;
    }

    // Lines that are the export's, not the paper's: a blank page's notice, a page number, an editor's note in brackets.
    private static bool IsArtefact(string line)
    {
        var text = line.Trim();
        return IsBlankPage(text) || PageNumber().IsMatch(text) || (text.StartsWith('[') && text.EndsWith(']'));
    }

    private static bool IsBlankPage(string line)
    {
        var letters = FuzzyText.Letters(line);
        return Math.Abs(letters.Length - BlankPageNotice.Length) <= 3 && FuzzyText.Distance(letters, BlankPageNotice) <= 3;
    }

    private static string? SectionOf(string line)
    {
        var text = Plain(line).TrimEnd(':').Trim();
        if (text.Length == 0 || text.Length > 30)
        {
            return null;
        }

        var letters = FuzzyText.Letters(text);
        return Sections.Select(s => (Letters: FuzzyText.Letters(s.Letters), s.Section)).FirstOrDefault(s =>
            Math.Abs(letters.Length - s.Letters.Length) <= FuzzyText.Tolerance(s.Letters.Length)
            && FuzzyText.Distance(letters, s.Letters) <= FuzzyText.Tolerance(s.Letters.Length)).Section;
    }

    // A heading of the main report: one short line that is not a sentence, a list item, a caption or a table row.
    private static bool IsHeading(string line)
    {
        if (Cells(line).Length > 1)
        {
            return false;
        }

        var text = Plain(line);
        if (text.Length < 3 || text.Length > 90 || ".,;!".Contains(text[^1], StringComparison.Ordinal) || text.Contains(':', StringComparison.Ordinal) || text.Contains('@', StringComparison.Ordinal)
            || text.Contains("http", StringComparison.OrdinalIgnoreCase) || ContactLine().IsMatch(text) || Caption().IsMatch(text))
        {
            return false;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 12 && ((char.IsLetter(text[0]) && char.IsUpper(text[0])) || (NumberedHeading().IsMatch(text) && words.Length <= 7));
    }

    // Markup some exports keep: <u>…</u>, **bold**.
    private static string Plain(string line) => Markup().Replace(line, string.Empty).Trim();

    // A paragraph's lines: a list item starts a new line, a wrapped line goes on after a space.
    private static string Text(List<string> lines)
    {
        var text = new StringBuilder(lines[0]);
        foreach (var line in lines.Skip(1))
        {
            text.Append(ListItem().IsMatch(line) || text[^1] == ':' ? '\n' : ' ').Append(line);
        }

        return text.ToString();
    }

    private static IEnumerable<PaperAppendix> AppendicesIn(string line)
    {
        var text = Plain(ListMarker().Replace(line, string.Empty));
        if (text.Length == 0 || FuzzyText.Letters(text) is "NONE" or "NOME" or "NA")
        {
            yield break;
        }

        // "Appendix 1- … Appendix 2 – …" on one line is two appendices.
        var starts = AppendixStart().Matches(text).Select(m => m.Index).Where(i => i == 0 || char.IsWhiteSpace(text[i - 1])).ToList();
        if (starts.Count < 2 || starts[0] != 0)
        {
            starts = [0];
        }

        for (var k = 0; k < starts.Count; k++)
        {
            var title = text[starts[k]..(k + 1 < starts.Count ? starts[k + 1] : text.Length)].Trim();
            var nonPublic = NonPublicAppendix().Match(title);
            yield return nonPublic.Success
                ? new PaperAppendix(title.Remove(nonPublic.Index, nonPublic.Length).Trim(), IsPublic: false)
                : new PaperAppendix(title);
        }
    }

    // Contact officers: a name (and role lines) before an "E:" or "T:" line, or the name and role a paper ends with.
    private static Dictionary<int, ContactBlock> ContactBlocks(List<TextParagraph> paragraphs)
    {
        var blocks = new Dictionary<int, ContactBlock>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            if (paragraphs[p].Separator || !paragraphs[p].Lines.Any(l => ContactLine().IsMatch(l)))
            {
                continue;
            }

            // Consecutive contact lines belong to one officer.
            var last = p;
            while (last + 1 < paragraphs.Count && !paragraphs[last + 1].Separator && paragraphs[last + 1].Lines.All(l => ContactLine().IsMatch(l)))
            {
                last++;
            }

            if (Officer(paragraphs, p, last) is { } block)
            {
                blocks[block.First] = block;
            }

            p = last;
        }

        // The name and role a paper ends with, when no contact line follows them.
        var end = paragraphs.FindLastIndex(x => !x.Separator);
        if (end >= 0 && !blocks.Values.Any(b => b.Covers(end)) && IsShort(paragraphs[end]) && Officer(paragraphs, end + 1, end) is { } trailing)
        {
            blocks[trailing.First] = trailing;
        }

        return blocks;
    }

    private static ContactBlock? Officer(List<TextParagraph> paragraphs, int anchor, int last)
    {
        // Up to three short paragraphs before the contact lines (and the anchor's own lines before them); the officer's
        // name is the first that reads as a name.
        var candidates = new List<int>();
        for (var q = anchor - 1; q >= 0 && candidates.Count < 3 && !paragraphs[q].Separator && IsShort(paragraphs[q]); q--)
        {
            candidates.Insert(0, q);
        }

        var lines = new List<string>();
        var first = -1;
        foreach (var q in candidates)
        {
            if (first < 0 && IsName(paragraphs[q].Lines[0]))
            {
                first = q;
            }

            if (first >= 0)
            {
                lines.AddRange(paragraphs[q].Lines);
            }
        }

        var own = anchor <= last ? paragraphs[anchor].Lines.TakeWhile(l => !ContactLine().IsMatch(l)).ToList() : [];
        if (first < 0 && own.Count > 0 && IsName(own[0]))
        {
            first = anchor;
        }

        lines.AddRange(own);
        if (first < 0 || lines.Count == 0)
        {
            return null;
        }

        var contactLines = anchor <= last ? paragraphs.Skip(anchor).Take(last - anchor + 1).SelectMany(x => x.Lines).Where(l => ContactLine().IsMatch(l)).ToList() : [];
        var email = contactLines.Select(l => Email().Match(Plain(l))).FirstOrDefault(m => m.Success)?.Value;
        var role = string.Join("\n", lines.Skip(1).Select(Plain));
        return new ContactOfficer(Plain(lines[0]), role.Length == 0 ? null : role, email) is var officer
            ? new ContactBlock(first, Math.Max(last, first), officer)
            : null;
    }

    private static bool IsShort(TextParagraph paragraph) =>
        !paragraph.Separator && paragraph.Lines.Count <= 3
        && paragraph.Lines.All(l => l.Length <= 90 && !l.Contains('\t', StringComparison.Ordinal) && !ListItem().IsMatch(l) && !ContactLine().IsMatch(l))
        && SectionOf(paragraph.Lines[0]) is null;

    private static bool IsName(string line) => PersonName().IsMatch(Plain(line));

    [GeneratedRegex(@"\t|\s{3,}", RegexOptions.None, 1000)]
    private static partial Regex CellBreak();

    [GeneratedRegex(@"\bDated\s*:", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex DatedWord();

    [GeneratedRegex(@"^Agenda\s+Item\s+\d+[a-z]?$", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex AgendaItemHeader();

    [GeneratedRegex(@"^(?:Page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?$", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\s(?:Non[- ]?Public|Public|Exempt|Confidential)$", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex TrailingPublic();

    [GeneratedRegex(@"\s(?:For\s+)?(?:Discussion|Information|Decision)$", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex TrailingPurpose();

    [GeneratedRegex(@"(?<=\?)\s+\S", RegexOptions.None, 1000)]
    private static partial Regex AfterQuestion();

    [GeneratedRegex(@"(?<=\s)\d{1,2}\s*(?:st|nd|rd|th)?\s+[A-Za-z]+\s+\d{4}", RegexOptions.None, 1000)]
    private static partial Regex FirstDate();

    [GeneratedRegex(@"^(?:E|T|Tel|Telephone|Email|E-mail|Mob|Mobile|Phone)\s*:\s*\S", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex ContactLine();

    [GeneratedRegex(@"[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", RegexOptions.None, 1000)]
    private static partial Regex Email();

    [GeneratedRegex(@"^(?:Fig(?:ure)?\b|Table\s+\d|Chart\b|Graph\b|Source\s*:|Note\s*:|Image\b|Diagram\b)", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Caption();

    [GeneratedRegex(@"^\d+(?:\.\d+)*\.?\s+[A-Z]", RegexOptions.None, 1000)]
    private static partial Regex NumberedHeading();

    [GeneratedRegex(@"</?u>|\*\*|</?b>|</?i>", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Markup();

    [GeneratedRegex(@"^\s*(?:[-•*–]|\d+[.)]|[a-z][.)]\s|[ivx]+[.)]\s)", RegexOptions.None, 1000)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^\s*[-•*–]\s*", RegexOptions.None, 1000)]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"\b(?:Appendix|Annex|Schedule)\s+[0-9A-Z]{1,3}\b", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex AppendixStart();

    [GeneratedRegex(@"\s*\((?:non[- ]?public|exempt|confidential|not for publication)\)|\s+[-–]\s+(?:non[- ]?public|exempt|confidential)$", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex NonPublicAppendix();

    // Two to four capitalised words, with a title or initials allowed: "Brett McKenna", "Dr Jane O'Neil", "Rob Atkin".
    [GeneratedRegex(@"^(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Sir|Dame)\.?\s+)?[A-Z][A-Za-z'’-]+(?:\s+(?:[A-Z]\.?|[A-Z][A-Za-z'’-]+)){1,3}$", RegexOptions.None, 1000)]
    private static partial Regex PersonName();
}
