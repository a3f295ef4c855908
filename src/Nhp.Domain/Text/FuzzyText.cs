using System.Text;

namespace Nhp.Text;

/// <summary>
/// Matching words damaged by an export or by OCR: letters split by cell breaks, characters misread as their
/// look-alikes (l and 1, O and 0, rn and m, V and /). Culture-invariant; thread-safe.
/// </summary>
internal static class FuzzyText
{
    /// <summary>
    /// The letters and digits of a text in upper case, with look-alikes read as one letter (0 as O; 1 and L as I; 5 as
    /// S; 6 as G; 8 as B) and <c>RN</c> as <c>M</c>, <c>VV</c> as <c>W</c>: the form words are compared in.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The comparison form.</returns>
    public static string Letters(string text) => Letters(text, null);

    /// <summary>The comparison form of a text (see <see cref="Letters(string)"/>), and for each of its characters the index in the text it came from.</summary>
    /// <param name="text">The text.</param>
    /// <param name="positions">Filled with the index in <paramref name="text"/> of each character of the result; may be null.</param>
    /// <returns>The comparison form.</returns>
    public static string Letters(string text, List<int>? positions)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }

            var upper = char.ToUpperInvariant(c) switch
            {
                '0' => 'O',
                '1' or 'L' => 'I',
                '5' => 'S',
                '6' => 'G',
                '8' => 'B',
                var other => other,
            };
            if (upper is 'N' && builder.Length > 0 && builder[^1] == 'R')
            {
                builder[^1] = 'M';
                continue;
            }

            if (upper is 'V' && builder.Length > 0 && builder[^1] == 'V')
            {
                builder[^1] = 'W';
                continue;
            }

            builder.Append(upper);
            positions?.Add(i);
        }

        return builder.ToString();
    }

    /// <summary>The number of single-character insertions, deletions and substitutions that turn one text into the other.</summary>
    /// <param name="a">One text.</param>
    /// <param name="b">The other.</param>
    /// <returns>The edit distance.</returns>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), substitution);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>How many edits a word of this length may carry and still be read as itself: none up to three letters, one up to six, then one in five.</summary>
    /// <param name="length">The word's length.</param>
    /// <returns>The tolerance.</returns>
    public static int Tolerance(int length) => length <= 3 ? 0 : length <= 6 ? 1 : length / 5;

    /// <summary>Whether two texts are the same word once compared in <see cref="Letters(string)"/> form, within <see cref="Tolerance"/>.</summary>
    /// <param name="text">The text read.</param>
    /// <param name="word">The word expected.</param>
    /// <returns>Whether they match.</returns>
    public static bool SameWord(string text, string word)
    {
        var a = Letters(text);
        var b = Letters(word);
        return Math.Abs(a.Length - b.Length) <= Tolerance(b.Length) && Distance(a, b) <= Tolerance(b.Length);
    }

    /// <summary>
    /// Finds the places where a word occurs in a text with at most <paramref name="tolerance"/> edits (approximate
    /// substring matching): for each end position, the fewest edits and where that match starts.
    /// </summary>
    /// <param name="text">The text, in comparison form.</param>
    /// <param name="word">The word, in comparison form.</param>
    /// <param name="tolerance">The most edits allowed.</param>
    /// <returns>The matches as (start, end exclusive, edits), best first at each end; overlapping matches are all returned.</returns>
    public static List<(int Start, int End, int Edits)> Find(string text, string word, int tolerance)
    {
        var matches = new List<(int, int, int)>();
        var m = word.Length;
        var previous = new int[m + 1];
        var current = new int[m + 1];
        var previousStart = new int[m + 1];
        var currentStart = new int[m + 1];
        for (var i = 0; i <= m; i++)
        {
            previous[i] = i;
            previousStart[i] = 0;
        }

        for (var j = 1; j <= text.Length; j++)
        {
            current[0] = 0;
            currentStart[0] = j;
            for (var i = 1; i <= m; i++)
            {
                var substitution = previous[i - 1] + (word[i - 1] == text[j - 1] ? 0 : 1);
                var deletion = previous[i] + 1;
                var insertion = current[i - 1] + 1;
                if (substitution <= deletion && substitution <= insertion)
                {
                    current[i] = substitution;
                    currentStart[i] = previousStart[i - 1];
                }
                else if (deletion <= insertion)
                {
                    current[i] = deletion;
                    currentStart[i] = previousStart[i];
                }
                else
                {
                    current[i] = insertion;
                    currentStart[i] = currentStart[i - 1];
                }
            }

            if (current[m] <= tolerance)
            {
                matches.Add((currentStart[m], j, current[m]));
            }

            (previous, current) = (current, previous);
            (previousStart, currentStart) = (currentStart, previousStart);
        }

        return matches;
    }
}
