namespace Nhp.Committees;

/// <summary>A part of an agenda: "Part 1 - Public Agenda" or "Part 2 - Non-Public Agenda", with its items.</summary>
/// <param name="Title">The part's title as written.</param>
/// <param name="IsPublic">Whether the public may attend for this part.</param>
/// <param name="Items">The items, in order.</param>
public sealed record AgendaPart(string Title, bool IsPublic, IReadOnlyList<AgendaItem> Items)
{
    /// <inheritdoc/>
    public bool Equals(AgendaPart? other) =>
        other is not null && Title == other.Title && IsPublic == other.IsPublic && Items.SequenceEqual(other.Items);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Title, IsPublic, Items.Count);
}
