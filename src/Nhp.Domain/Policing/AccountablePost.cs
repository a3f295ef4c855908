namespace Nhp.Policing;

/// <summary>A named accountable post of the model, e.g. the Chief Inspector accountable for the East sector. Immutable.</summary>
/// <param name="Title">The post, e.g. <c>Chief Inspector</c>.</param>
/// <param name="AccountableFor">What the post is accountable for (a unit or area), or null.</param>
/// <param name="Holder">Who holds it, or null when not named.</param>
public sealed record AccountablePost(string Title, string? AccountableFor = null, string? Holder = null);
