using System.Text;
using System.Text.RegularExpressions;
using Nhp.Text;

namespace Nhp.Delivery;

/// <summary>
/// Reading the values of a plan table's cells that OCR or an export may have damaged: a code (<c>l.1O</c> for 1.10),
/// a RAG word (<c>ARNBER</c>) and a date (<c>31/O3/2024</c>, <c>0ngoing</c>). A value is repaired only when the damaged
/// text is not already a value and the repair is. Thread-safe.
/// </summary>
internal static partial class CellValues
{
    private static readonly (string Letters, RagStatus Status)[] RagWords =
        [(FuzzyText.Letters("GREEN"), RagStatus.Green), (FuzzyText.Letters("AMBER"), RagStatus.Amber), (FuzzyText.Letters("RED"), RagStatus.Red)];

    /// <summary>Reads a code cell: a code, an OCR-damaged code, or a code followed by the commitment in the same cell.</summary>
    /// <param name="cell">The cell.</param>
    /// <param name="code">The code read.</param>
    /// <param name="rest">Text after the code in the same cell; empty when none.</param>
    /// <param name="repaired">Whether letters were read as digits.</param>
    /// <param name="anyText">Whether a damaged code may have no digit left (<c>l.l</c>) or be followed by text that starts in lower case: only where the row is clearly a deliverable's.</param>
    /// <returns>Whether the cell starts with a code.</returns>
    public static bool TryCode(string cell, out DeliverableCode code, out string rest, out bool repaired, bool anyText = false)
    {
        rest = string.Empty;
        repaired = false;
        var text = cell.Trim();
        if (DeliverableCode.TryParse(text, out code))
        {
            return true;
        }

        var match = (anyText ? LooseCodeStart() : CodeStart()).Match(text);
        if (!match.Success || !(anyText || match.Groups["code"].Value.Any(char.IsDigit)))
        {
            return false;
        }

        var written = match.Groups["code"].Value;
        var digits = Digits(written);
        if (!DeliverableCode.TryParse(digits, out code))
        {
            return false;
        }

        repaired = !string.Equals(digits, written, StringComparison.Ordinal);
        rest = match.Groups["rest"].Value.Trim();
        return true;
    }

    /// <summary>Whether a cell looks like a code that cannot be read (<c>X.1</c>, <c>1.2.3</c>): short, with a digit or a dot.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>Whether it looks like a code.</returns>
    public static bool LooksLikeCode(string cell)
    {
        var text = cell.Trim();
        return text.Length is > 0 and <= 8 && !text.Contains(' ', StringComparison.Ordinal) && (text.Any(char.IsDigit) || text.Contains('.', StringComparison.Ordinal));
    }

    /// <summary>Reads a RAG cell: a key word in any case, or one damaged by OCR within one letter (not for RED).</summary>
    /// <param name="cell">The cell.</param>
    /// <param name="status">The status read.</param>
    /// <param name="repaired">Whether the word was damaged.</param>
    /// <returns>Whether the cell is a RAG word; an empty cell is not.</returns>
    public static bool TryRag(string cell, out RagStatus status, out bool repaired)
    {
        repaired = false;
        var text = cell.Trim();
        if (text.Length == 0)
        {
            status = RagStatus.NotRated;
            return false;
        }

        if (RagKey.TryParse(text, out status))
        {
            return true;
        }

        // A space rules the cell out before its comparison form is made: most cells tried are sentences.
        if (text.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        var letters = FuzzyText.Letters(text);
        if (letters.Length > 6)
        {
            return false;
        }

        foreach (var (word, candidate) in RagWords)
        {
            if (letters == word || (word.Length > 3 && FuzzyText.Distance(letters, word) <= 1))
            {
                status = candidate;
                repaired = true;
                return true;
            }
        }

        return false;
    }

    /// <summary>Splits a cell that holds a RAG word and a date (<c>GREEN 31/03/2024</c>), as when an export loses the cell break.</summary>
    /// <param name="cell">The cell.</param>
    /// <param name="rag">The RAG word.</param>
    /// <param name="date">The date.</param>
    /// <returns>Whether the cell is a RAG word followed by a recognised date.</returns>
    public static bool TrySplitRagAndDate(string cell, out string rag, out string date)
    {
        rag = date = string.Empty;
        // The first word is read before the rest is copied: most cells tried are sentences, not a RAG word and a date.
        var text = cell.AsSpan().Trim();
        var space = text.IndexOf(' ');
        if (space < 0)
        {
            return false;
        }

        var word = text[..space].Trim().ToString();
        if (!TryRag(word, out _, out _))
        {
            return false;
        }

        var rest = text[(space + 1)..].Trim().ToString();
        if (!IsDate(rest))
        {
            return false;
        }

        (rag, date) = (word, rest);
        return true;
    }

    /// <summary>Whether a cell is a date or target in a recognised form, as written or once repaired.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>Whether it is one.</returns>
    public static bool IsDate(string cell) => Target.Parse(cell.Trim()).IsRecognised || RepairDate(cell) is not null;

    /// <summary>The text of a date cell with OCR look-alikes put right (<c>31/O3/2O24</c>, <c>0ngoing</c>, <c>Cornplete</c>), when that makes it a recognised target and it was not one.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>The repaired text, or null when there is nothing to repair or the repair is not a target.</returns>
    public static string? RepairDate(string cell)
    {
        var text = cell.Trim();
        if (text.Length == 0 || text.Length > 60 || Target.Parse(text).IsRecognised)
        {
            return null;
        }

        var tokens = text.Split(' ');
        var builder = new StringBuilder(text.Length);
        for (var t = 0; t < tokens.Length; t++)
        {
            if (t > 0)
            {
                builder.Append(' ');
            }

            var token = tokens[t];
            var digits = token.Count(char.IsDigit);
            var letters = token.Count(char.IsLetter);
            builder.Append(digits >= letters && digits > 0 ? Digits(token) : WordLetters(token));
        }

        var repaired = builder.ToString();
        foreach (var candidate in new[] { repaired, repaired.Replace("rn", "m", StringComparison.Ordinal) })
        {
            if (!string.Equals(candidate, text, StringComparison.Ordinal) && Target.Parse(candidate).IsRecognised)
            {
                return candidate;
            }
        }

        return null;
    }

    private static string Digits(string text) =>
        string.Concat(text.Where(c => !char.IsWhiteSpace(c)).Select(c => c switch { 'O' or 'o' => '0', 'l' or 'I' or '|' or 'i' => '1', 'S' => '5', 'B' => '8', _ => c }));

    // Digits inside a word read as the letters they resemble: 0 as O (o beside lower case), 1 as l (I in capitals), 5 as S.
    private static string WordLetters(string token)
    {
        var chars = token.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var before = i > 0 ? chars[i - 1] : '\0';
            var after = i + 1 < chars.Length ? chars[i + 1] : '\0';
            var upper = i == 0 ? !char.IsLower(after) || chars[i] == '0' : char.IsUpper(before) && !char.IsLower(after);
            chars[i] = chars[i] switch
            {
                '0' => upper ? 'O' : 'o',
                '1' => upper ? 'I' : 'l',
                '5' => upper ? 'S' : 's',
                _ => chars[i],
            };
        }

        return new string(chars);
    }

    [GeneratedRegex(@"^(?:(?<code>[0-9]{1,3}\.[0-9]{1,3})\.?\s+(?<rest>\S.*)|(?<code>[0-9OolI|]{1,3}\s?\.\s?[0-9OolI|]{1,3})\.?(?:\s+(?<rest>\p{Lu}.*))?)$", RegexOptions.Singleline)]
    private static partial Regex CodeStart();

    [GeneratedRegex(@"^(?<code>[0-9OolI|]{1,3}\s?\.\s?[0-9OolI|]{1,3})\.?(?:\s+(?<rest>\S.*))?$", RegexOptions.Singleline)]
    private static partial Regex LooseCodeStart();
}
