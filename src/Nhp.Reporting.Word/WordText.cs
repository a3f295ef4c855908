using System.Text;

namespace Nhp.Reporting.Word;

// XML 1.0 cannot carry most control characters; a report's text may hold one from a pasted export. Each becomes a space,
// so the text keeps its length and no word runs into the next.
internal static class WordText
{
    public static string Clean(string text)
    {
        if (!text.Any(IsInvalid))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            clean.Append(IsInvalid(c) ? ' ' : c);
        }

        return clean.ToString();
    }

    private static bool IsInvalid(char c) => (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c is '\uFFFE' or '\uFFFF';
}
