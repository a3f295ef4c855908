using Nhp.Text;

namespace Nhp.Cli;

/// <summary>What the command line suggests for a mistyped command or option: the known names closest to it.</summary>
internal static class Suggestions
{
    /// <summary>
    /// The candidates closest to <paramref name="word"/>, compared without leading dashes and case: those it begins
    /// (<c>-v</c> for <c>--version</c>) first, else those within a few edits (<c>reprot</c> for <c>report</c>; at most
    /// half the word's length, none for a word of one or two letters), the best ones only, at most three, in the order
    /// given.
    /// </summary>
    public static IReadOnlyList<string> Closest(string word, IEnumerable<string> candidates)
    {
        var bare = Bare(word);
        if (bare.Length == 0)
        {
            return [];
        }

        var scored = candidates
            .Distinct(StringComparer.Ordinal)
            .Where(c => c != word)
            .Select(c => (Name: c, Distance: Bare(c).StartsWith(bare, StringComparison.Ordinal) ? 0 : FuzzyText.Distance(bare, Bare(c))))
            .Where(c => c.Distance <= (bare.Length <= 2 ? 0 : bare.Length / 2))
            .ToList();
        if (scored.Count == 0)
        {
            return [];
        }

        var best = scored.Min(c => c.Distance);
        return [.. scored.Where(c => c.Distance == best).Take(3).Select(c => c.Name)];
    }

    /// <summary>" Did you mean 'x'?" (or "'x' or 'y'") for the suggestions, each quoted; empty when there are none.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions) => suggestions.Count switch
    {
        0 => string.Empty,
        1 => $" Did you mean {Messages.Quote(suggestions[0])}?",
        _ => $" Did you mean {string.Join(", ", suggestions.Take(suggestions.Count - 1).Select(Messages.Quote))} or {Messages.Quote(suggestions[^1])}?",
    };

    private static string Bare(string name) => name.TrimStart('-').ToLowerInvariant();
}
