namespace Nhp.Committees;

/// <summary>The wording of a <see cref="PaperPurpose"/>: "For Discussion", "For Information", "For Decision".</summary>
public static class PaperPurposeText
{
    /// <summary>The accepted forms, for messages.</summary>
    public static IReadOnlyList<string> AcceptedForms { get; } = ["For Discussion", "For Information", "For Decision"];

    /// <summary>The front sheet's wording of a purpose: "For Discussion".</summary>
    /// <param name="purpose">The purpose.</param>
    /// <returns>The wording.</returns>
    public static string ToText(this PaperPurpose purpose) => purpose switch
    {
        PaperPurpose.Discussion => "For Discussion",
        PaperPurpose.Information => "For Information",
        PaperPurpose.Decision => "For Decision",
        _ => throw new ArgumentOutOfRangeException(nameof(purpose), purpose, "Unknown purpose."),
    };

    /// <summary>
    /// Reads a purpose as papers write it, in any case: "For Discussion", "for information", "Decision"; the text may
    /// run on after the purpose ("For Discussion (Pages 13 - 30)"), and a word misread by a letter or two
    /// ("For Discusion") is still read.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="purpose">The purpose, when one was recognised.</param>
    /// <returns>Whether a purpose was recognised.</returns>
    public static bool TryParse(string? text, out PaperPurpose purpose)
    {
        var words = (text ?? string.Empty).Trim();
        if (words.StartsWith("for ", StringComparison.OrdinalIgnoreCase))
        {
            words = words[4..].TrimStart();
        }

        foreach (var (word, value) in new[] { ("discussion", PaperPurpose.Discussion), ("information", PaperPurpose.Information), ("decision", PaperPurpose.Decision) })
        {
            if (words.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                purpose = value;
                return true;
            }
        }

        // A word damaged by OCR ("Discusion", "lnformation") is still the purpose when it is that word but for a letter or two.
        var first = words.Split([' ', '\t', '(', '.', ','], 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
        foreach (var (word, value) in new[] { ("discussion", PaperPurpose.Discussion), ("information", PaperPurpose.Information), ("decision", PaperPurpose.Decision) })
        {
            if (first.Length >= 5 && Nhp.Text.FuzzyText.SameWord(first, word))
            {
                purpose = value;
                return true;
            }
        }

        purpose = default;
        return false;
    }
}
