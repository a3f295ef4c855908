namespace Nhp.Frameworks;

/// <summary>One statement's ratings in two assessments and how it moved. Immutable.</summary>
/// <param name="Pillar">The statement's pillar.</param>
/// <param name="Statement">The statement.</param>
/// <param name="Before">The earlier rating, or null when not rated then.</param>
/// <param name="After">The later rating, or null when not rated then.</param>
/// <param name="Change">How the rating moved.</param>
public sealed record StatementComparison(Pillar Pillar, FrameworkStatement Statement, StatementRating? Before, StatementRating? After, RatingChange Change);
