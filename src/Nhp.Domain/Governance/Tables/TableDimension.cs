namespace Nhp.Governance.Tables;

/// <summary>
/// One dimension of a <see cref="CrossTab"/>: what it classifies by (e.g. <c>Sex</c>, <c>Age band</c>) and its
/// categories in printed order, each label as printed. Immutable.
/// </summary>
/// <param name="Name">What the dimension classifies by.</param>
/// <param name="Categories">The categories, in printed order; labels are unique ignoring case.</param>
public sealed record TableDimension(string Name, IReadOnlyList<string> Categories)
{
    /// <summary>The index of the category labelled <paramref name="label"/> (ignoring case and outer spaces), or -1.</summary>
    /// <param name="label">The label.</param>
    /// <returns>The index or -1.</returns>
    public int IndexOf(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        for (var i = 0; i < Categories.Count; i++)
        {
            if (string.Equals(Categories[i].Trim(), label.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
