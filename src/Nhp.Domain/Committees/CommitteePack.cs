namespace Nhp.Committees;

/// <summary>
/// A committee pack: the meeting, its agenda in parts, and the papers, each filed under the number of its agenda item
/// ("5", "5a"). An item may have no paper (apologies, minutes the library does not hold); the pack rules say so.
/// </summary>
public sealed record CommitteePack
{
    /// <summary>The meeting.</summary>
    public required Meeting Meeting { get; init; }

    /// <summary>The agenda's parts, in order.</summary>
    public required IReadOnlyList<AgendaPart> Parts { get; init; }

    /// <summary>The papers by agenda item number.</summary>
    public IReadOnlyDictionary<string, Paper> Papers { get; init; } = new Dictionary<string, Paper>();

    /// <summary>Every agenda item, sub-items after their item, in agenda order, with its part.</summary>
    public IEnumerable<(AgendaPart Part, AgendaItem Item)> Items() =>
        Parts.SelectMany(part => part.Items.SelectMany(item => Flatten(item)).Select(item => (part, item)));

    /// <summary>The paper of an agenda item, or none.</summary>
    /// <param name="number">The item's number.</param>
    /// <returns>The paper, or none.</returns>
    public Paper? PaperFor(string number) => Papers.GetValueOrDefault(number);

    private static IEnumerable<AgendaItem> Flatten(AgendaItem item) => [item, .. item.SubItems.SelectMany(Flatten)];
}
