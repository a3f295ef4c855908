namespace Nhp.Governance.Workforce;

/// <summary>
/// One row of the comparison of a workforce with a population: a category of a characteristic, its share of the
/// workforce as printed, and its share of those who stated it in the workforce and in the population. Shares in
/// percent; a share is null where that side has no such category (or no figures). Immutable; equality is by value.
/// </summary>
/// <param name="Characteristic">The characteristic, as the workforce profile names it (or the population's, for a characteristic only it has).</param>
/// <param name="Category">The category label, as the workforce profile prints it (or the population's, for a category only it has).</param>
/// <param name="IsNotStated">Whether the category holds those who did not state it; such rows have no stated shares.</param>
/// <param name="Workforce">The category's share of the whole workforce (not stated included).</param>
/// <param name="WorkforceStated">The category's share of the workforce who stated the characteristic.</param>
/// <param name="Population">The category's share of the population who stated it (its not-stated categories left out).</param>
public sealed record ProfileComparisonRow(string Characteristic, string Category, bool IsNotStated, decimal? Workforce, decimal? WorkforceStated, decimal? Population)
{
    /// <summary>The workforce's stated share less the population's, in percentage points (negative: fewer in the workforce), or null when either is missing.</summary>
    public decimal? Difference => WorkforceStated is { } w && Population is { } p ? w - p : null;
}
