using System.Text.Json.Serialization;

namespace Nhp.Governance.Workforce;

/// <summary>
/// One characteristic of a diversity profile (gender, ethnicity, disability, sexual orientation, age) with its
/// categories in printed order. Immutable.
/// </summary>
public sealed record ProfileCharacteristic
{
    /// <summary>The characteristic as printed, e.g. <c>Sexual Orientation</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The categories, in printed order; labels unique ignoring case.</summary>
    public IReadOnlyList<ProfileCategory> Categories { get => categories; init => categories = value ?? []; }

    private readonly IReadOnlyList<ProfileCategory> categories = [];

    /// <summary>Whether every category has a figure to share from: a printed share, or (when no category prints one) a count.</summary>
    [JsonIgnore]
    public bool HasFigures => Categories.Count > 0 && (Categories.All(c => c.Share is not null) || Categories.All(c => c.Count is not null));

    /// <summary>
    /// Each category's share in percent, in category order: the printed share when every category prints one, else
    /// the count as a share of all the counts; empty when the figures do not allow it (<see cref="HasFigures"/>).
    /// </summary>
    /// <returns>The shares, in percent.</returns>
    public IReadOnlyList<decimal> Shares()
    {
        if (Categories.Count > 0 && Categories.All(c => c.Share is not null))
        {
            return [.. Categories.Select(c => c.Share!.Value)];
        }

        if (Categories.Count > 0 && Categories.All(c => c.Count is not null))
        {
            long total = Categories.Sum(c => (long)c.Count!.Value);
            return [.. Categories.Select(c => total == 0 ? 0m : c.Count!.Value * 100m / total)];
        }

        return [];
    }

    /// <summary>The share of those who did not state the characteristic, in percent: the sum over its not-stated categories (0 when it has none), or null without figures.</summary>
    [JsonIgnore]
    public decimal? NotStatedShare
    {
        get
        {
            var shares = Shares();
            return shares.Count == 0 ? null : Categories.Select((c, i) => c.IsNotStated ? shares[i] : 0m).Sum();
        }
    }

    /// <summary>
    /// Each stated category's share among those who stated the characteristic, in percent (not-stated categories left
    /// out and the rest scaled to 100), as pairs of category and share in category order; empty without figures or
    /// when nobody stated it.
    /// </summary>
    /// <returns>The stated shares.</returns>
    public IReadOnlyList<(ProfileCategory Category, decimal Share)> StatedShares()
    {
        var shares = Shares();
        if (shares.Count == 0)
        {
            return [];
        }

        var stated = Categories.Select((c, i) => (Category: c, Share: shares[i])).Where(x => !x.Category.IsNotStated).ToArray();
        var total = stated.Sum(x => x.Share);
        return total <= 0 ? [] : [.. stated.Select(x => (x.Category, x.Share * 100m / total))];
    }

    /// <summary>The category labelled <paramref name="label"/> (ignoring case and outer spaces), or null.</summary>
    /// <param name="label">The label.</param>
    /// <returns>The category or null.</returns>
    public ProfileCategory? Find(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return Categories.FirstOrDefault(c => string.Equals(c.Label.Trim(), label.Trim(), StringComparison.OrdinalIgnoreCase));
    }
}
