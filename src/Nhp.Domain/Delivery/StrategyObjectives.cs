using System.Globalization;
using Nhp.Findings;
using Nhp.Importing;

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

    /// <summary>Reads a list of objectives from a file (UTF-8; see the remarks for the format).</summary>
    /// <param name="path">The file; its name is the source of findings.</param>
    /// <returns>The objectives, with no deliverables, in the order given, and a finding for each line left out.</returns>
    /// <exception cref="NhpInputException">The list has no objective at all.</exception>
    public static ImportResult<IReadOnlyList<Objective>> Read(string path) => ImportInput.FromPath(path, Read);

    /// <summary>Reads a list of objectives from a stream (UTF-8; see the remarks for the format).</summary>
    /// <param name="stream">The text; read to the end, left open.</param>
    /// <param name="source">The input's name for findings; may be null.</param>
    /// <returns>The objectives, with no deliverables, in the order given, and a finding for each line left out.</returns>
    /// <exception cref="NhpInputException">The list has no objective at all.</exception>
    public static ImportResult<IReadOnlyList<Objective>> Read(Stream stream, string? source = null) => ImportInput.FromStream(stream, source, Read);

    /// <summary>Reads a list of objectives (see the remarks for the format).</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">The input's name for findings; may be null.</param>
    /// <returns>
    /// The objectives, with no deliverables, in the order given. A line that is not a number, a tab and a title, or
    /// that repeats a number, is left out with an error finding (<see cref="PlanImportRules.ObjectiveLineInvalid"/>,
    /// <see cref="PlanImportRules.ObjectiveRepeated"/>) that names its line.
    /// </returns>
    /// <exception cref="NhpInputException">The list has no objective at all.</exception>
    public static ImportResult<IReadOnlyList<Objective>> Read(TextReader reader, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var objectives = new List<Objective>();
        var findings = new List<Finding>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var at = new SourceLocation(source, lineNumber);
            var parts = line.Split('\t', 2);
            if (parts.Length != 2
                || !int.TryParse(parts[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                || parts[1].Trim().Length == 0)
            {
                findings.Add(PlanImportRules.ObjectiveLineInvalidRule.Finding(
                    "objectives", "objective", $"'{line}' is not an objective: expected its number, a tab, and its title (for example '3<tab>Provide a flow of community intelligence').", at));
                continue;
            }

            if (objectives.Any(o => o.Number == number))
            {
                findings.Add(PlanImportRules.ObjectiveRepeatedRule.Finding(
                    "objective " + number.ToString(CultureInfo.InvariantCulture), "objective", string.Create(CultureInfo.InvariantCulture, $"Objective {number} is listed twice; the first title is kept."), at));
                continue;
            }

            objectives.Add(new Objective { Number = number, Title = parts[1].Trim() });
        }

        if (objectives.Count == 0)
        {
            var why = findings.Count == 0 ? "it is empty" : "no line of it is an objective";
            throw new NhpInputException($"The list of objectives has no objective: {why}.", new SourceLocation(source, null), "objectives", ["3\tProvide a flow of community intelligence on a range of issues"]);
        }

        return new ImportResult<IReadOnlyList<Objective>>(objectives, findings, source);
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
        return longest == 0 ? 1 : 1 - ((double)Text.FuzzyText.Distance(x, y) / longest);
    }

    private static string Letters(string text) =>
        string.Concat(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant));
}
