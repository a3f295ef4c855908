using Nhp.Text;

namespace Nhp.Committees;

// The labels of the front sheet's rows, recognised by their first words as papers and their exports write them:
// any case, any spacing and punctuation, and a few letters damaged by OCR ("Subjcct:", "Rep0rt of:"). Shared by every
// reader of the template (FrontSheetRows for the rows of a table, PaperText for a text export).
internal static class FrontSheetLabel
{
    public enum Kind
    {
        None,
        Committees,
        Dated,
        Subject,
        Outcomes,
        ExtraSpending,
        HowMuch,
        FundingSource,
        Agreed,
        Author,
        JointReportOf,
        ReportOf,
    }

    // Checked in this order: "Report author" before "Report of", "Joint report of" before "Report of".
    private static readonly (Kind Kind, string Start)[] Starts =
    [
        (Kind.Committees, "Committee(s)"),
        (Kind.Dated, "Dated"),
        (Kind.Subject, "Subject"),
        (Kind.Outcomes, "Which outcomes"),
        (Kind.ExtraSpending, "Does this proposal require"),
        (Kind.HowMuch, "If so, how much"),
        (Kind.FundingSource, "What is the source"),
        (Kind.Agreed, "Has this Funding Source"),
        (Kind.Author, "Report author"),
        (Kind.JointReportOf, "Joint report of"),
        (Kind.ReportOf, "Report of"),
    ];

    /// <summary>What a label is, and the index in it where the label's words end (after a colon when there is one).</summary>
    public static (Kind Kind, int End) Read(string label)
    {
        var positions = new List<int>();
        var letters = FuzzyText.Letters(label, positions);
        foreach (var (kind, start) in Starts)
        {
            if (Match(label, letters, positions, start) is { } end)
            {
                return (kind, end);
            }
        }

        return (Kind.None, 0);
    }

    /// <summary>Whether the label starts with <paramref name="start"/> (compared as FuzzyText does); the index after it.</summary>
    public static int? Match(string label, string letters, List<int> positions, string start)
    {
        var word = FuzzyText.Letters(start);
        var tolerance = FuzzyText.Tolerance(word.Length);
        var best = -1;
        var bestEdits = int.MaxValue;
        for (var length = Math.Max(1, word.Length - tolerance); length <= Math.Min(letters.Length, word.Length + tolerance); length++)
        {
            var edits = FuzzyText.Distance(letters[..length], word);
            if (edits <= tolerance && edits < bestEdits)
            {
                best = length;
                bestEdits = edits;
            }
        }

        if (best < 0)
        {
            return null;
        }

        // The label's words end after the last letter matched, or after a colon a few characters on ("Report authors:",
        // "Committee(s):").
        var end = positions[best - 1] + 1;
        var colon = label.IndexOf(':', end, Math.Min(5, label.Length - end));
        if (colon >= 0)
        {
            return colon + 1;
        }

        return end < label.Length && label[end] == ')' ? end + 1 : end;
    }
}
