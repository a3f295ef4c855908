namespace Nhp.Governance.Workforce;

/// <summary>
/// A workforce's diversity profile, the population profile it is compared with when the user supplies one (for
/// example census figures for the force area), and the share of "not stated" above which the checks warn. The input
/// of <see cref="GovernanceRules.Workforce"/>. Immutable.
/// </summary>
/// <remarks>
/// The comparison is of shares among those who stated a characteristic, on both sides: a workforce where most did
/// not state their disability cannot be compared with a census where everyone answered, so the rows say how much of
/// the workforce stated it and <see cref="GovernanceRules.WorkforceNotStatedHigh"/> flags where too few did.
/// </remarks>
public sealed record WorkforceDiversity
{
    /// <summary>The default <see cref="NotStatedThreshold"/>: 10 percent.</summary>
    public const decimal DefaultNotStatedThreshold = 10m;

    /// <summary>The workforce's profile.</summary>
    public required DiversityProfile Profile { get; init; }

    /// <summary>The population to compare with, or null when none is given.</summary>
    public DiversityProfile? Population { get; init; }

    /// <summary>The share of "not stated" (in percent, 0 to 100) above which a characteristic is flagged; <see cref="DefaultNotStatedThreshold"/> unless set.</summary>
    public decimal NotStatedThreshold { get; init; } = DefaultNotStatedThreshold;

    /// <summary>
    /// The comparison table: for each characteristic of the workforce, each category with its share of the
    /// workforce, of the workforce who stated it, and of the population who stated it (matched by characteristic and
    /// category label, ignoring case); then the population's categories the workforce lacks. Without a population,
    /// the population shares are null.
    /// </summary>
    /// <returns>The rows, in the workforce's printed order.</returns>
    public IReadOnlyList<ProfileComparisonRow> Compare()
    {
        var rows = new List<ProfileComparisonRow>();
        foreach (var characteristic in Profile.Characteristics)
        {
            var shares = characteristic.Shares();
            var stated = characteristic.StatedShares();
            var population = Population?.Find(characteristic.Name);
            var populationStated = population?.StatedShares() ?? [];
            for (var i = 0; i < characteristic.Categories.Count; i++)
            {
                var category = characteristic.Categories[i];
                decimal? workforceStated = category.IsNotStated ? null : stated.Where(s => ReferenceEquals(s.Category, category)).Select(s => (decimal?)s.Share).FirstOrDefault();
                decimal? populationShare = category.IsNotStated ? null : populationStated.Where(s => Same(s.Category.Label, category.Label)).Select(s => (decimal?)s.Share).FirstOrDefault();
                rows.Add(new ProfileComparisonRow(characteristic.Name, category.Label, category.IsNotStated, shares.Count == 0 ? null : shares[i], workforceStated, populationShare));
            }

            foreach (var (category, share) in populationStated.Where(s => characteristic.Find(s.Category.Label) is null))
            {
                rows.Add(new ProfileComparisonRow(characteristic.Name, category.Label, false, null, null, share));
            }
        }

        foreach (var characteristic in Population?.Characteristics.Where(c => Profile.Find(c.Name) is null) ?? [])
        {
            foreach (var (category, share) in characteristic.StatedShares())
            {
                rows.Add(new ProfileComparisonRow(characteristic.Name, category.Label, false, null, null, share));
            }
        }

        return rows;
    }

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
