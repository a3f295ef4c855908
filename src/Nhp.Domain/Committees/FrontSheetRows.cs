using System.Text.RegularExpressions;

namespace Nhp.Committees;

/// <summary>
/// Reads a front sheet from the rows of its table, each a label cell and a value cell, as a Word table or a text export
/// gives them (the "Committee(s): / Dated:" header row left out, or given as a first row of its own when it holds a
/// committee). Rows before "Subject:" are committees with their dates; a cell naming several committees with as many
/// dates ("Strategic Planning &amp; Performance Committee Police Authority Board" / "26 th November 2024 3 rd December
/// 2024") is read as one committee per date. Then each row is known by the start of its label, in any case and with a
/// letter or two damaged: "Subject:", "Which outcomes", the four funding questions, "Report of:" or "Joint report of:"
/// (with the reference on the next line, or at the end: "Commissioner of Police Pol 20-24"), "Report author(s):". A
/// blank answer is read as none.
/// </summary>
public static partial class FrontSheetRows
{
    /// <summary>Reads the rows.</summary>
    /// <param name="rows">The rows after the header, each its two cells' text.</param>
    /// <returns>The front sheet; a row it does not know is left out.</returns>
    public static FrontSheet Read(IEnumerable<(string Label, string Value)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var committees = new List<PaperCommittee>();
        string subject = string.Empty, reportOf = string.Empty, reportOfLabel = "Report of";
        string? outcomes = null, reference = null, author = null, extra = null, howMuch = null, fundingSource = null, agreed = null;
        PaperPurpose? purpose = null;
        var isPublic = true;
        var seenSubject = false;
        foreach (var (rawLabel, rawValue) in rows)
        {
            var label = rawLabel.Trim();
            var value = rawValue.Trim();
            var (kind, end) = FrontSheetLabel.Read(label);
            if (kind == FrontSheetLabel.Kind.Subject)
            {
                seenSubject = true;
                subject = label[end..].Trim();
                isPublic = !IsNonPublic(value);
            }
            else if (!seenSubject)
            {
                if (label.Length > 0 || value.Length > 0)
                {
                    committees.AddRange(Committees(label, value));
                }
            }
            else
            {
                switch (kind)
                {
                    case FrontSheetLabel.Kind.Outcomes: outcomes = Answer(value); break;
                    case FrontSheetLabel.Kind.ExtraSpending: extra = Answer(value); break;
                    case FrontSheetLabel.Kind.HowMuch: howMuch = Answer(value); break;
                    case FrontSheetLabel.Kind.FundingSource: fundingSource = Answer(value); break;
                    case FrontSheetLabel.Kind.Agreed: agreed = Answer(value); break;
                    case FrontSheetLabel.Kind.Author: author = Answer(label[end..]); break;
                    case FrontSheetLabel.Kind.ReportOf or FrontSheetLabel.Kind.JointReportOf:
                        reportOfLabel = ReportOfLabel(kind, label[..end]);
                        (reportOf, reference) = ReportOf(label[end..]);
                        purpose = PaperPurposeText.TryParse(value, out var p) ? p : null;
                        break;
                }
            }
        }

        return new FrontSheet
        {
            Committees = committees,
            Subject = subject,
            IsPublic = isPublic,
            CorporatePlanOutcomes = outcomes,
            Funding = new FundingQuestions(extra, howMuch, fundingSource, agreed),
            ReportOf = reportOf,
            ReportOfLabel = reportOfLabel,
            Reference = reference,
            Purpose = purpose,
            Author = author,
        };
    }

    // The label as written ("Report of", "Joint report of"); a label damaged by OCR ("Rep0rt of") is read as the template's.
    private static string ReportOfLabel(FrontSheetLabel.Kind kind, string label)
    {
        var written = label.Trim().TrimEnd(':').Trim();
        var template = kind == FrontSheetLabel.Kind.JointReportOf ? "Joint report of" : "Report of";
        return string.Equals(string.Join(' ', written.Split(' ', StringSplitOptions.RemoveEmptyEntries)), template, StringComparison.OrdinalIgnoreCase) ? written : template;
    }

    private static readonly string[] NonPublicWords = [.. new[] { "Non-Public", "Not for publication", "Exempt", "Confidential", "Private" }.Select(Nhp.Text.FuzzyText.Letters)];

    private static bool IsNonPublic(string value)
    {
        var letters = Nhp.Text.FuzzyText.Letters(value);
        return NonPublicWords.Any(word => letters.StartsWith(word, StringComparison.Ordinal));
    }

    // "Commissioner of Police\nPol 20-24" (a Word cell), "Commissioner of Police Pol 20-24" (a text export), or no reference.
    private static (string ReportOf, string? Reference) ReportOf(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length == 0)
        {
            return (string.Empty, null);
        }

        if (lines.Length > 1)
        {
            // The reference is the last line when it looks like one; otherwise the cell's first line is whose report it is.
            return ReferencePattern().IsMatch(lines[^1]) && !ReferencePattern().IsMatch(lines[0])
                ? (string.Join(" ", lines[..^1]), lines[^1])
                : (lines[0], string.Join(" ", lines.Skip(1)));
        }

        var match = TrailingReference().Match(lines[0]);
        return match.Success && match.Index > 0 ? (lines[0][..match.Index].Trim(), match.Groups["reference"].Value) : (lines[0], null);
    }

    // One committee per date when a cell names several committees with as many dates.
    private static IEnumerable<PaperCommittee> Committees(string label, string value)
    {
        var dates = PaperDates.Matches(value);
        if (dates.Count > 1)
        {
            var names = label.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (names.Length != dates.Count)
            {
                names = CommitteeEnd().Split(label.Replace('\n', ' ')).Select(n => n.Trim()).Where(n => n.Length > 0).ToArray();
            }

            if (names.Length == dates.Count)
            {
                return names.Select((name, i) => new PaperCommittee(name, dates[i].Date, dates[i].Text));
            }
        }

        return [new PaperCommittee(label.Replace('\n', ' '), dates.Count > 0 ? dates[0].Date : null, value.Length > 0 ? value : null)];
    }

    private static string? Answer(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    // A paper reference: a short code and a number pair, "Pol 20-24", "SPPC 3/24".
    [GeneratedRegex(@"^[A-Z][A-Za-z]{1,6}\.?\s?\d{1,4}\s?[-/]\s?\d{2,4}$", RegexOptions.None, 1000)]
    private static partial Regex ReferencePattern();

    [GeneratedRegex(@"\s(?<reference>[A-Z][A-Za-z]{1,6}\.?\s?\d{1,4}\s?[-/]\s?\d{2,4})\s*$", RegexOptions.None, 1000)]
    private static partial Regex TrailingReference();

    // Where one committee's name ends and the next begins: after "Committee" or "Board" (and any "– For information"),
    // before a capital letter.
    [GeneratedRegex(@"(?<=\b(?:Committee|Board|Panel|Council|Cabinet)(?:\s*[–-]\s*[Ff]or\s+[A-Za-z]+)?)\s+(?=[A-Z])", RegexOptions.None, 1000)]
    private static partial Regex CommitteeEnd();
}
