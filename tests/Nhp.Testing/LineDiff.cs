using System.Text;

namespace Nhp.Testing;

/// <summary>
/// A readable line diff for failure messages: changed lines with a little context, numbered as in the verified file.
/// </summary>
public static class LineDiff
{
    private const int Context = 2;
    private const int MaxOutputLines = 80;

    /// <summary>
    /// Formats the differences between <paramref name="expected"/> and <paramref name="actual"/>: lines only in the
    /// expected text start with <c>-</c>, lines only in the actual text with <c>+</c>, shared context lines with a space.
    /// Each hunk starts with <c>@@ line N @@</c>, N being the line in the expected text.
    /// </summary>
    /// <param name="expected">The verified text.</param>
    /// <param name="actual">The received text.</param>
    /// <returns>The diff, ending in a newline; empty when the texts are equal.</returns>
    public static string Format(string expected, string actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var edits = Edits(a, b);
        var output = new StringBuilder();
        var written = 0;
        var i = 0;
        while (i < edits.Count)
        {
            if (edits[i].Kind == ' ')
            {
                i++;
                continue;
            }

            var start = Math.Max(0, i - Context);
            var end = i;
            // Extend the hunk while changes are within 2 * Context lines of each other.
            var lastChange = i;
            while (end < edits.Count && end - lastChange <= 2 * Context)
            {
                if (edits[end].Kind != ' ')
                {
                    lastChange = end;
                }

                end++;
            }

            end = Math.Min(edits.Count, lastChange + Context + 1);
            output.Append("@@ line ").Append(edits[start].ExpectedLine + 1).Append(" @@\n");
            for (var k = start; k < end; k++)
            {
                if (written++ >= MaxOutputLines)
                {
                    output.Append("… (diff cut short)\n");
                    return output.ToString();
                }

                output.Append(edits[k].Kind).Append(' ').Append(Visible(edits[k].Text)).Append('\n');
            }

            i = end;
        }

        return output.ToString();
    }

    private static string Visible(string line) =>
        line.Length > 0 && (line[^1] == ' ' || line[^1] == '\t') ? line + "⏎" : line;

    private readonly record struct Edit(char Kind, string Text, int ExpectedLine);

    private static List<Edit> Edits(string[] a, string[] b)
    {
        // Longest common subsequence table, from the end, so the walk below goes forwards.
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var edits = new List<Edit>(a.Length + b.Length);
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                edits.Add(new Edit(' ', a[x], x));
                x++;
                y++;
            }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                edits.Add(new Edit('+', b[y], x));
                y++;
            }
            else
            {
                edits.Add(new Edit('-', a[x], x));
                x++;
            }
        }

        return edits;
    }
}
