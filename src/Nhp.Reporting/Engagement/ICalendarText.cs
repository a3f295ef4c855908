using System.Text;
using Nhp.Text;

namespace Nhp.Reporting.Engagement;

/// <summary>
/// RFC 5545 content-line rules: TEXT escaping (section 3.3.11), folding at 75 octets (section 3.1) and CRLF line ends.
/// </summary>
internal static class ICalendarText
{
    public const string LineEnd = "\r\n";
    public const int MaxOctets = 75;

    /// <summary>Escapes a TEXT value: backslash, semicolon and comma get a backslash; a line break becomes <c>\n</c>.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        var normalised = OutputText.Clean(text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'), keepLineBreaks: true);
        foreach (var c in normalised)
        {
            switch (c)
            {
                case '\\':
                    builder.Append("\\\\");
                    break;
                case ';':
                    builder.Append("\\;");
                    break;
                case ',':
                    builder.Append("\\,");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                default:
                    // Other control characters are not allowed in TEXT; drop them rather than emit an invalid file.
                    if (!char.IsControl(c) || c == '\t')
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Appends one content line, folded so that no physical line is longer than 75 octets of UTF-8 (the leading space
    /// of a continuation line counts), never splitting a character or an escape, each ending in CRLF.
    /// </summary>
    public static void AppendLine(StringBuilder ics, string line)
    {
        var octets = 0;
        var limit = MaxOctets;
        var i = 0;
        while (i < line.Length)
        {
            // A surrogate pair, or an escape such as "\,", is never split across lines.
            var width = (char.IsHighSurrogate(line[i]) || line[i] == '\\') && i + 1 < line.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, width));
            if (octets + size > limit)
            {
                ics.Append(LineEnd).Append(' ');
                octets = 1;
            }

            ics.Append(line, i, width);
            octets += size;
            i += width;
        }

        ics.Append(LineEnd);
    }
}
