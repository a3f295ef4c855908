using System.Globalization;

namespace Nhp.Reporting.Documents;

/// <summary>
/// An unordered list whose items may hold lists of their own: a structure such as a command with its sectors and
/// teams. Every renderer indents each level under its parent (Markdown and plain text by two spaces, HTML with nested
/// lists, Word by the indent of the level). Immutable.
/// </summary>
public sealed record NestedList : Block
{
    /// <summary>The most levels a list may have, the top level included; deeper structures must be flattened by the caller.</summary>
    public const int MaxDepth = 8;

    /// <summary>Creates a list.</summary>
    /// <param name="items">The top-level items, in order.</param>
    /// <exception cref="ArgumentException">The list is nested deeper than <see cref="MaxDepth"/> levels.</exception>
    public NestedList(IReadOnlyList<NestedListItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var depth = Depth(items);
        if (depth > MaxDepth)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The list is nested {depth} levels deep; at most {MaxDepth} are allowed."), nameof(items));
        }

        Items = items;
    }

    /// <summary>The top-level items, in order.</summary>
    public IReadOnlyList<NestedListItem> Items { get; }

    // Counted without recursion, so a hostile structure cannot exhaust the stack before it is refused.
    private static int Depth(IReadOnlyList<NestedListItem> items)
    {
        var deepest = 0;
        var pending = new Stack<(IReadOnlyList<NestedListItem> Items, int Level)>();
        pending.Push((items, 1));
        while (pending.Count > 0)
        {
            var (list, level) = pending.Pop();
            if (list.Count == 0)
            {
                continue;
            }

            deepest = Math.Max(deepest, level);
            if (level > MaxDepth)
            {
                return level;
            }

            foreach (var item in list)
            {
                ArgumentNullException.ThrowIfNull(item, nameof(items));
                pending.Push((item.Children, level + 1));
            }
        }

        return deepest;
    }
}
