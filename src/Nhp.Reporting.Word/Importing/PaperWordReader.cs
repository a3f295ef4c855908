using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Nhp.Committees;
using Nhp.Findings;
using Nhp.Importing;

namespace Nhp.Reporting.Word.Importing;

/// <summary>
/// Reads a committee paper back from a Word document: the front sheet from the table whose first cell is
/// "Committee(s):", then the paragraphs under the Summary and Recommendation(s) headings, the headings of the Main
/// Report, the appendices listed and the contact officers. A paper written by <see cref="WordRenderer"/> reads back
/// with the same front sheet; a force's own papers in the same template read too (a committee written in the header
/// row is read as the first committee). Findings name the file; a Word document has no lines to name.
/// </summary>
public static class PaperWordReader
{
    /// <summary>The id of the finding for a Word file with no front sheet table.</summary>
    public const string NoFrontSheet = PaperImportRules.NoFrontSheet;

    /// <summary>Reads a paper from a <c>.docx</c> file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The paper, or none with a finding when the file has no front sheet.</returns>
    /// <exception cref="NhpInputException">The file is not a Word document.</exception>
    public static ImportResult<Paper> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return Read(stream, Path.GetFileName(path));
    }

    /// <summary>Reads a paper from a <c>.docx</c> stream.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="source">The name to give in findings, or none.</param>
    /// <returns>The paper, or none with a finding when the document has no front sheet.</returns>
    /// <exception cref="NhpInputException">The stream is not a Word document.</exception>
    public static ImportResult<Paper> Read(Stream stream, string? source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        WordprocessingDocument document;
        try
        {
            document = WordprocessingDocument.Open(stream, false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or IOException or InvalidDataException or FileFormatException)
        {
            throw new NhpInputException($"{source ?? "The input"} is not a Word document (.docx): {e.Message}", new SourceLocation(source, null), "file", [".docx (Office Open XML)"]);
        }

        using (document)
        {
            var body = document.MainDocumentPart?.Document?.Body;
            var table = body?.Elements<Table>().FirstOrDefault(t => Cells(t.Elements<TableRow>().FirstOrDefault()).FirstOrDefault()?.StartsWith("Committee(s)", StringComparison.OrdinalIgnoreCase) == true);
            if (body is null || table is null)
            {
                return new ImportResult<Paper>(null, [PaperImportRules.NoFrontSheetRule.Finding(source ?? "paper", "front sheet", "The document has no front sheet: no table starts with \"Committee(s):\".", new SourceLocation(source, null))], source);
            }

            var rows = table.Elements<TableRow>().Skip(1).Select(r => Cells(r).ToList()).Where(c => c.Count >= 1)
                .Select(c => (c[0], c.Count > 1 ? c[1] : string.Empty)).ToList();

            // A template that writes the committee in the header row ("Committee(s): Police Authority Board" / "Dated: 22 June 2021").
            var header = Cells(table.Elements<TableRow>().First()).ToList();
            var committee = AfterColon(header[0]);
            var dated = header.Count > 1 ? AfterColon(header[1]) : string.Empty;
            if (committee.Length > 0 || dated.Length > 0)
            {
                rows.Insert(0, (committee, dated));
            }

            var sheet = FrontSheetRows.Read(rows);
            return new ImportResult<Paper>(Sections(body, table, sheet), [], source);
        }
    }

    private static Paper Sections(Body body, Table frontSheet, FrontSheet sheet)
    {
        var summary = new List<string>();
        var recommendations = new List<string>();
        var sections = new List<string>();
        var appendices = new List<PaperAppendix>();
        var contacts = new List<ContactOfficer>();
        string? section = null;
        var mainLevel = 0;
        foreach (var element in body.Elements().SkipWhile(e => e != frontSheet).Skip(1))
        {
            if (element is not Paragraph paragraph)
            {
                continue;
            }

            var text = TextOf(paragraph);
            var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? string.Empty;
            var level = style.StartsWith("Heading", StringComparison.Ordinal) && int.TryParse(style.AsSpan(7), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var l) ? l : 0;
            if (level > 0 && (section != "main" || level <= mainLevel))
            {
                section = text.Trim().ToUpperInvariant() switch
                {
                    "SUMMARY" => "summary",
                    "RECOMMENDATION" or "RECOMMENDATIONS" or "RECOMMENDATION(S)" => "recommendations",
                    "MAIN REPORT" => "main",
                    "APPENDICES" or "APPENDICES:" or "ANNEXES" => "appendices",
                    var t when t.StartsWith("CONTACT", StringComparison.Ordinal) => "contacts",
                    _ => section,
                };
                mainLevel = level;
                continue;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            switch (section)
            {
                case "summary": summary.Add(text); break;
                case "recommendations": recommendations.Add(text); break;
                case "main" when level > 0: sections.Add(text); break;
                case "appendices":
                    var nonPublic = text.EndsWith(" (non-public)", StringComparison.OrdinalIgnoreCase);
                    appendices.Add(new PaperAppendix(nonPublic ? text[..^" (non-public)".Length] : text, !nonPublic));
                    break;
                case "contacts": contacts.Add(Contact(text)); break;
            }
        }

        return new Paper { FrontSheet = sheet, Summary = summary, Recommendations = recommendations, Sections = sections, Appendices = appendices, Contacts = contacts };
    }

    private static string AfterColon(string cell)
    {
        var colon = cell.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? string.Empty : cell[(colon + 1)..].Trim();
    }

    private static ContactOfficer Contact(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var email = lines.FirstOrDefault(l => l.StartsWith("E:", StringComparison.Ordinal))?[2..].Trim();
        var role = string.Join("\n", lines.Skip(1).Where(l => !l.StartsWith("E:", StringComparison.Ordinal)));
        return new ContactOfficer(lines.FirstOrDefault() ?? text, role.Length == 0 ? null : role, email);
    }

    private static IEnumerable<string> Cells(TableRow? row) =>
        row is null ? [] : row.Elements<TableCell>().Select(c => string.Join("\n", c.Elements<Paragraph>().Select(TextOf)));

    private static string TextOf(OpenXmlElement element) =>
        string.Concat(element.Descendants().Select(e => e switch
        {
            DocumentFormat.OpenXml.Wordprocessing.Text t => t.Text,
            Break b when b.Type is null => "\n",
            TabChar => "\t",
            _ => string.Empty,
        }));
}
