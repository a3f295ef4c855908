namespace Nhp.Frameworks;

/// <summary>A unit's rating of one statement, with the evidence it gives. Immutable.</summary>
/// <param name="Statement">The id of the framework statement rated.</param>
/// <param name="Level">The level on the assessment's scale, as written.</param>
/// <param name="Evidence">The evidence given for the rating, as written, or null.</param>
public sealed record StatementRating(string Statement, string Level, string? Evidence = null);
