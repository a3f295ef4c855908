using NodaTime;

namespace Nhp.Policing;

/// <summary>An external review of the model and the rating it gave, as reported. Immutable.</summary>
/// <param name="Reviewer">Who reviewed, e.g. another force.</param>
/// <param name="Rating">The rating given, as written (e.g. <c>Green</c>).</param>
/// <param name="Summary">What the review found, as written.</param>
/// <param name="Date">When, or null when the paper does not say.</param>
public sealed record PeerReview(string Reviewer, string Rating, string Summary, LocalDate? Date = null);
