using System.Text;

namespace Nhp.Committees.Rules;

// How the pack rules compare the agenda's wording with a front sheet's: case, punctuation and spacing aside, "&" as
// "and", a leading "Subject:" and words in brackets dropped ("Strategic Planning & Performance (Police) Committee" is
// "strategic planning and performance committee").
internal static class CommitteeText
{
    public static string Normalise(string text)
    {
        var words = new StringBuilder(text.Length);
        var depth = 0;
        foreach (var c in text.Trim())
        {
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth > 0)
            {
                continue;
            }
            else if (c == '&')
            {
                words.Append(" and ");
            }
            else if (char.IsLetterOrDigit(c))
            {
                words.Append(char.ToLowerInvariant(c));
            }
            else
            {
                words.Append(' ');
            }
        }

        var normal = string.Join(' ', words.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return normal.StartsWith("subject ", StringComparison.Ordinal) ? normal["subject ".Length..] : normal;
    }

    public static bool SameCommittee(string agenda, string frontSheet)
    {
        var a = Normalise(agenda);
        var b = Normalise(frontSheet);
        return a.Length > 0 && b.Length > 0 && (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal));
    }
}
