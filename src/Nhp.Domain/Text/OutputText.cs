using System.Text;

namespace Nhp.Text;

/// <summary>
/// The one sanitising point for text Nhp writes into its outputs (Markdown, HTML, plain text, CSV, iCalendar,
/// SVG): control characters and bidirectional embeddings, overrides and isolates (U+202A–U+202E,
/// U+2066–U+2069), which could drive a terminal or make text read differently from what it holds, become the
/// replacement character U+FFFD, so the output shows that something was there instead of dropping it silently.
/// </summary>
/// <remarks>
/// Line breaks (<c>\n</c>, <c>\r</c>) are kept when the caller's format gives them a meaning (each renderer then
/// handles them as its format needs: a break in HTML, an escaped <c>\n</c> in iCalendar, a quoted field in CSV);
/// a tab is kept where the format allows it (CSV). Unpaired surrogates also become U+FFFD.
/// </remarks>
public static class OutputText
{
    /// <summary>The character that stands in for a character removed from the output.</summary>
    public static char Replacement { get; } = '\uFFFD';

    /// <summary>
    /// <paramref name="text"/> with every control character, bidirectional control and unpaired surrogate replaced
    /// by <see cref="Replacement"/>, except the line breaks and tab the caller keeps. Returns the same instance
    /// when there is nothing to replace.
    /// </summary>
    /// <param name="text">Text from the data; null is returned as the empty string.</param>
    /// <param name="keepLineBreaks">Keep <c>\n</c> and <c>\r</c>.</param>
    /// <param name="keepTab">Keep <c>\t</c>.</param>
    /// <returns>The text, safe to write.</returns>
    public static string Clean(string? text, bool keepLineBreaks = true, bool keepTab = false)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var first = FirstUnsafe(text, keepLineBreaks, keepTab);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
                continue;
            }

            builder.Append(IsUnsafe(c, keepLineBreaks, keepTab) ? Replacement : c);
        }

        return builder.ToString();
    }

    /// <summary>Whether <paramref name="text"/> holds nothing <see cref="Clean"/> would replace.</summary>
    /// <param name="text">The text.</param>
    /// <param name="keepLineBreaks">Line breaks are allowed.</param>
    /// <param name="keepTab">A tab is allowed.</param>
    /// <returns>True when the text is safe as it is.</returns>
    public static bool IsClean(string? text, bool keepLineBreaks = true, bool keepTab = false) =>
        string.IsNullOrEmpty(text) || FirstUnsafe(text, keepLineBreaks, keepTab) < 0;

    private static int FirstUnsafe(string text, bool keepLineBreaks, bool keepTab)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (IsUnsafe(c, keepLineBreaks, keepTab))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsUnsafe(char c, bool keepLineBreaks, bool keepTab) => c switch
    {
        '\n' or '\r' => !keepLineBreaks,
        '\t' => !keepTab,
        _ => char.IsControl(c) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') || char.IsSurrogate(c),
    };
}
