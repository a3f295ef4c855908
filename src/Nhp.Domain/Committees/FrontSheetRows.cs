namespace Nhp.Committees;

/// <summary>
/// Reads a front sheet from the rows of its table, each a label cell and a value cell, as a Word table or a text export
/// gives them (the "Committee(s): / Dated:" header row left out). Rows before "Subject:" are committees with their
/// dates; then each row is known by the start of its label: "Subject:", "Which outcomes", the four funding questions,
/// "Report of:" or "Joint report of:" (with the reference on the next line), "Report author(s):". A blank answer is
/// read as none.
/// </summary>
public static class FrontSheetRows
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
            if (Starts(label, "Subject:"))
            {
                seenSubject = true;
                subject = label["Subject:".Length..].Trim();
                isPublic = !value.Replace(" ", "-", StringComparison.Ordinal).StartsWith("Non-Public", StringComparison.OrdinalIgnoreCase);
            }
            else if (!seenSubject)
            {
                if (label.Length > 0 || value.Length > 0)
                {
                    var dates = PaperDates.All(value);
                    committees.Add(new PaperCommittee(label, dates.Count > 0 ? dates[0] : null, value.Length > 0 ? value : null));
                }
            }
            else if (Starts(label, "Which outcomes"))
            {
                outcomes = Answer(value);
            }
            else if (Starts(label, "Does this proposal require"))
            {
                extra = Answer(value);
            }
            else if (Starts(label, "If so, how much"))
            {
                howMuch = Answer(value);
            }
            else if (Starts(label, "What is the source"))
            {
                fundingSource = Answer(value);
            }
            else if (Starts(label, "Has this Funding Source"))
            {
                agreed = Answer(value);
            }
            else if (Starts(label, "Report author"))
            {
                author = Answer(label[(label.IndexOf(':', StringComparison.Ordinal) + 1)..]);
            }
            else if (label.Contains("eport of:", StringComparison.OrdinalIgnoreCase))
            {
                var colon = label.IndexOf(':', StringComparison.Ordinal);
                reportOfLabel = label[..colon].Trim();
                var lines = label[(colon + 1)..].Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                reportOf = lines.Length > 0 ? lines[0] : string.Empty;
                reference = lines.Length > 1 ? string.Join(" ", lines.Skip(1)) : null;
                purpose = PaperPurposeText.TryParse(value, out var p) ? p : null;
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

    private static bool Starts(string label, string start) => label.StartsWith(start, StringComparison.OrdinalIgnoreCase);

    private static string? Answer(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
