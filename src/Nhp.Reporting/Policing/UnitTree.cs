using Nhp.Policing;
using Nhp.Reporting.Documents;

namespace Nhp.Reporting.Policing;

/// <summary>
/// The units of a policing model as a tree for drawing: each unit under the unit it is part of, each unit once. A unit
/// whose parent is missing, or that is part of a loop, starts a tree of its own; below <see cref="NestedList.MaxDepth"/>
/// levels a unit's descendants are listed flat under it, each saying what it is part of.
/// </summary>
internal sealed record UnitTree(PolicingUnit Unit, IReadOnlyList<UnitTree> Children, bool Flattened)
{
    public static IReadOnlyList<UnitTree> Of(PolicingModel model)
    {
        var units = model.Units;
        var byParent = units
            .Where(u => u.PartOf is not null)
            .GroupBy(u => u.PartOf!.Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
        var names = new HashSet<string>(units.Select(u => u.Name.Trim()), StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<PolicingUnit>(ReferenceEqualityComparer.Instance);
        List<PolicingUnit> ChildrenOf(PolicingUnit unit) =>
            byParent.TryGetValue(unit.Name.Trim(), out var list) ? [.. list.Where(c => !seen.Contains(c))] : [];

        UnitTree Build(PolicingUnit unit, int depth)
        {
            seen.Add(unit);
            if (depth < NestedList.MaxDepth - 2)
            {
                var children = new List<UnitTree>();
                foreach (var child in ChildrenOf(unit))
                {
                    if (!seen.Contains(child))
                    {
                        children.Add(Build(child, depth + 1));
                    }
                }

                return new UnitTree(unit, children, false);
            }

            // At the last level but one, every descendant is listed flat, breadth first.
            var flat = new List<UnitTree>();
            var queue = new Queue<PolicingUnit>(ChildrenOf(unit));
            foreach (var queued in queue)
            {
                seen.Add(queued);
            }

            while (queue.Count > 0)
            {
                var next = queue.Dequeue();
                flat.Add(new UnitTree(next, [], true));
                foreach (var child in ChildrenOf(next))
                {
                    seen.Add(child);
                    queue.Enqueue(child);
                }
            }

            return new UnitTree(unit, flat, false);
        }

        var roots = new List<UnitTree>();
        foreach (var root in units.Where(u => u.PartOf is null || !names.Contains(u.PartOf.Trim())))
        {
            if (!seen.Contains(root))
            {
                roots.Add(Build(root, 0));
            }
        }

        foreach (var rest in units)
        {
            if (!seen.Contains(rest))
            {
                roots.Add(Build(rest, 0));
            }
        }

        return roots;
    }

    /// <summary>The number of levels of the tree under and including this node.</summary>
    public int Depth => 1 + (Children.Count == 0 ? 0 : Children.Max(c => c.Depth));
}
