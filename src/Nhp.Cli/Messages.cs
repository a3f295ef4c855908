using System.Globalization;
using System.Text;

namespace Nhp.Cli;

/// <summary>How the command line shows text it did not write itself (paths, input values) inside its messages.</summary>
internal static class Messages
{
    /// <summary>The most characters of someone else's text a message quotes.</summary>
    public const int MaxQuoted = 80;

    /// <summary>
    /// <paramref name="text"/> in single quotes, cut to <see cref="MaxQuoted"/> characters (with "…" and the full
    /// length when cut), control characters, bidirectional controls and unpaired surrogates shown as escapes
    /// (<c>\n</c>, <c>\t</c>, <c>\u001B</c>), so a message is one line and cannot drive a terminal.
    /// </summary>
    public static string Quote(string? text)
    {
        text ??= string.Empty;
        var cut = text.Length > MaxQuoted;
        var shown = cut ? text[..MaxQuoted] : text;
        if (cut && char.IsHighSurrogate(shown[^1]))
        {
            shown = shown[..^1];
        }

        var result = new StringBuilder(shown.Length + 16).Append('\'');
        AppendEscaped(result, shown);
        result.Append('\'');
        if (cut)
        {
            result.Append(CultureInfo.InvariantCulture, $"… ({text.Length} characters)");
        }

        return result.ToString();
    }

    /// <summary>
    /// A message made safe for one line of a terminal: line breaks become spaces, other control characters,
    /// bidirectional controls and unpaired surrogates are shown escaped. Does not shorten.
    /// </summary>
    public static string OneLine(string? message)
    {
        var builder = new StringBuilder();
        AppendEscaped(builder, (message ?? string.Empty).ReplaceLineEndings(" "));
        return builder.ToString().Trim();
    }

    private static void AppendEscaped(StringBuilder builder, string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            switch (c)
            {
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\\':
                    builder.Append('\\');
                    break;
                default:
                    if (MustEscape(c))
                    {
                        builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }
    }

    // C0 and C1 controls, DEL, bidirectional embeddings, overrides and isolates, line/paragraph separators,
    // and surrogates not in a pair.
    private static bool MustEscape(char c) =>
        char.IsControl(c)
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069'
        || c is '\u2028' or '\u2029' or '\u200E' or '\u200F' or '\u061C'
        || char.IsSurrogate(c);
}
