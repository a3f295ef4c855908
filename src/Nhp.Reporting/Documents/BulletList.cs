namespace Nhp.Reporting.Documents;

/// <summary>An unordered list; each item is a run of inlines.</summary>
/// <param name="Items">The items, in order.</param>
public sealed record BulletList(IReadOnlyList<IReadOnlyList<Inline>> Items) : Block;
