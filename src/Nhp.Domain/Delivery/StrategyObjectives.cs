using System.Globalization;
using Nhp.Findings;

namespace Nhp.Delivery;

/// <summary>
/// Published lists of a strategy's objectives, and the matching used to repair objective titles read from damaged
/// table exports. Thread-safe.
/// </summary>
/// <remarks>
/// A list is text with one objective a line: its number, a tab, and its title (<c>3	Provide a flow of community
/// intelligence on a range of issues</c>); empty lines and lines starting with <c>#</c> are ignored.
/// </remarks>
public static class StrategyObjectives
{
    /// <summary>How alike (0 to 1) a title read from a document must be to a known title to be replaced by it.</summary>
    public const double MatchThreshold = 0.8;

    /// <summary>Reads a list of objectives (see the remarks for the format).</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">The input's name for messages; may be null.</param>
    /// <returns>The objectives, with no deliverables, in the order given.</returns>
    /// <exception cref="NhpInputException">A line is not a number, a tab and a title, or a number repeats.</exception>
    public static IReadOnlyList<Objective> Read(TextReader reader, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var objectives = new List<Objective>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t', 2);
            if (parts.Length != 2
                || !int.TryParse(parts[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                || parts[1].Trim().Length == 0)
            {
                throw new NhpInputException(
                    $"'{line}' is not an objective: expected its number, a tab, and its title.",
                    new SourceLocation(source, lineNumber),
                    "objective",
                    ["3\tProvide a flow of community intelligence on a range of issues"]);
            }

            if (objectives.Any(o => o.Number == number))
            {
                throw new NhpInputException(
                    string.Create(CultureInfo.InvariantCulture, $"Objective {number} is listed twice."),
                    new SourceLocation(source, lineNumber),
                    "objective");
            }

            objectives.Add(new Objective { Number = number, Title = parts[1].Trim() });
        }

        return objectives;
    }

    /// <summary>
    /// The known objective that a title read from a document stands for: the one with the same number whose title
    /// has nearly the same letters (ignoring case, spaces and punctuation, at least <see cref="MatchThreshold"/> alike by
    /// edit distance), or null when there is none.
    /// </summary>
    /// <param name="known">The known objectives.</param>
    /// <param name="number">The number of the objective read.</param>
    /// <param name="title">The title read.</param>
    /// <returns>The matching known objective, or null.</returns>
    public static Objective? Match(IReadOnlyList<Objective> known, int number, string title)
    {
        ArgumentNullException.ThrowIfNull(known);
        ArgumentNullException.ThrowIfNull(title);
        var candidate = known.FirstOrDefault(o => o.Number == number);
        return candidate is not null && Similarity(candidate.Title, title) >= MatchThreshold ? candidate : null;
    }

    internal static double Similarity(string a, string b)
    {
        var x = Letters(a);
        var y = Letters(b);
        var longest = Math.Max(x.Length, y.Length);
        return longest == 0 ? 1 : 1 - ((double)EditDistance(x, y) / longest);
    }

    private static string Letters(string text) =>
        string.Concat(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant));

    private static int EditDistance(string a, string b)
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
}
