namespace Nhp.Committees;

/// <summary>
/// How much of a page text fills, measured the same way everywhere (the "summary longer than a page" rule, the pack's
/// page numbers): an A4 page in 11 pt Arial with 2 cm margins holds <see cref="LinesPerPage"/> lines of
/// <see cref="CharactersPerLine"/> characters. A paragraph takes one line per <see cref="CharactersPerLine"/>
/// characters begun, plus one line of spacing after it. A proxy, not Word's layout: it errs towards more lines.
/// </summary>
public static class PageEstimate
{
    /// <summary>Lines on a page: 48.</summary>
    public const int LinesPerPage = 48;

    /// <summary>Characters on a line: 95.</summary>
    public const int CharactersPerLine = 95;

    /// <summary>The lines a paragraph takes, its spacing included: at least 2.</summary>
    /// <param name="paragraph">The paragraph's text.</param>
    /// <returns>The number of lines.</returns>
    public static int Lines(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var lines = paragraph.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Sum(line => Math.Max(1, (line.Length + CharactersPerLine - 1) / CharactersPerLine));
        return lines + 1;
    }

    /// <summary>The lines a list of paragraphs takes.</summary>
    /// <param name="paragraphs">The paragraphs.</param>
    /// <returns>The number of lines.</returns>
    public static int Lines(IEnumerable<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        return paragraphs.Sum(Lines);
    }

    /// <summary>The pages a number of lines fills: at least one.</summary>
    /// <param name="lines">The lines.</param>
    /// <returns>The number of pages.</returns>
    public static int Pages(int lines) => Math.Max(1, (lines + LinesPerPage - 1) / LinesPerPage);
}
