using System.Text;

namespace Nhp.Reporting.Text;

/// <summary>Markdown helpers shared by every Markdown report.</summary>
internal static class Markdown
{
    /// <summary>
    /// Makes text safe inside a table cell: pipes and backslashes escaped, line breaks turned into <c>&lt;br&gt;</c>,
    /// and characters that would start HTML or emphasis escaped so the data is shown, not interpreted.
    /// </summary>
    public static string Cell(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text.Replace("\r\n", "\n", StringComparison.Ordinal))
        {
            switch (c)
            {
                case '\n':
                    builder.Append("<br>");
                    break;
                case '|' or '\\' or '*' or '_' or '`' or '[' or ']':
                    builder.Append('\\').Append(c);
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Escapes text used in running prose or a heading (as <see cref="Cell"/>, but keeps line breaks as spaces).</summary>
    public static string Text(string? text) => Cell(text?.Replace('\n', ' '));
}
