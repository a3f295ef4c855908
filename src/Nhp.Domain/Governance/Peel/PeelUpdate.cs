using System.Text.RegularExpressions;
using Nhp.Governance.Inspections;
using NodaTime;

namespace Nhp.Governance.Peel;

/// <summary>
/// A paper updating a committee on the areas for improvement (and recommendations) of a force's last inspection:
/// each area as printed with its paragraphs of progress, and what the paper says about their status as a whole.
/// Immutable.
/// </summary>
public sealed partial record PeelUpdate
{
    /// <summary>The paper's title, e.g. <c>HMICFRS Update on PEEL Inspection</c>.</summary>
    public required string Title { get; init; }

    /// <summary>The inspection the areas come from, as the paper names it (e.g. <c>PEEL 2022</c>).</summary>
    public required string Inspection { get; init; }

    /// <summary>The date the update is correct at (the meeting it went to); linked actions are counted open or closed at the end of this date.</summary>
    public required LocalDate AsOf { get; init; }

    /// <summary>The areas, in printed order; ids unique.</summary>
    public IReadOnlyList<AreaForImprovement> Areas { get => areas; init => areas = value ?? []; }

    /// <summary>
    /// What the paper says about the status of all its areas together, verbatim (e.g. its conclusion: <c>CoLP is
    /// progressing its 'Requires Improvement' recommendations…</c>), or null. It stands for every area with no status of its own.
    /// </summary>
    public string? Status { get; init; }

    /// <summary>Paragraphs printed outside any area (an introduction to a part, footnotes), verbatim, in printed order.</summary>
    public IReadOnlyList<string> Notes { get => notes; init => notes = value ?? []; }

    private readonly IReadOnlyList<AreaForImprovement> areas = [];
    private readonly IReadOnlyList<string> notes = [];

    /// <summary>The area with id <paramref name="id"/> (ignoring case), or null.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The area or null.</returns>
    public AreaForImprovement? Find(string id) => Areas.FirstOrDefault(a => string.Equals(a.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The status of <paramref name="area"/> as understood, from the first of these that says: its linked register
    /// actions (closed when every one found is closed at <see cref="AsOf"/>, else in progress); the status printed
    /// for the area; the status printed for the update as a whole; otherwise not stated.
    /// </summary>
    /// <param name="area">One of the update's areas.</param>
    /// <param name="register">The force's register of actions, or null when there is none.</param>
    /// <returns>The status.</returns>
    public AfiStatus StatusOf(AreaForImprovement area, InspectionActionRegister? register = null)
    {
        ArgumentNullException.ThrowIfNull(area);
        var linked = register is null ? [] : register.Actions.Where(a => area.Actions.Contains(a.Id, StringComparer.OrdinalIgnoreCase)).ToArray();
        if (linked.Length > 0)
        {
            var open = linked.Count(a => a.IsOpenOn(AsOf));
            var text = open == 0
                ? $"{Count(linked.Length, "linked action")}, {(linked.Length == 1 ? "closed" : "all closed")} by {Text.Wording.Date(AsOf)}."
                : $"{Count(linked.Length, "linked action")}, {Count(open, "open", "open")} at {Text.Wording.Date(AsOf)}.";
            return new AfiStatus(open == 0 ? AfiState.Closed : AfiState.InProgress, AfiStatusBasis.Register, text);
        }

        if (area.Status is { } own && Understand(own) is { } state)
        {
            return new AfiStatus(state, AfiStatusBasis.Printed, own);
        }

        if (Status is { } all && Understand(all) is { } overall)
        {
            return new AfiStatus(overall, AfiStatusBasis.Update, all);
        }

        return new AfiStatus(AfiState.NotStated, AfiStatusBasis.None, area.Status ?? string.Empty);
    }

    /// <summary>
    /// What status words say: met, closed, complete, discharged or signed off is closed; in progress, progressing,
    /// ongoing, open or underway is in progress; anything else is null (not understood). "Not met" and "not yet
    /// closed" are in progress.
    /// </summary>
    /// <param name="text">The words as printed.</param>
    /// <returns>The state, or null when the words say neither.</returns>
    public static AfiState? Understand(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (NotDone().IsMatch(text) || InProgressWords().IsMatch(text))
        {
            return AfiState.InProgress;
        }

        return ClosedWords().IsMatch(text) ? AfiState.Closed : null;
    }

    private static string Count(int count, string one, string? many = null) =>
        Text.Wording.Count(count, one, many ?? one + "s");

    [GeneratedRegex(@"\bnot\s+(?:yet\s+)?(?:been\s+)?(?:met|closed|complete[d]?|discharged|signed[\s-]off)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotDone();

    [GeneratedRegex(@"\b(?:in[\s-]progress|progressing|ongoing|open|underway|under\s+way|being\s+(?:progressed|implemented|developed))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InProgressWords();

    [GeneratedRegex(@"^\s*met\b|\b(?:has\s+met|have\s+met|met\s+the\s+requirements|closed|complete[d]?|discharged|signed[\s-]off|achieved)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClosedWords();
}
