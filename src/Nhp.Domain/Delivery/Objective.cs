namespace Nhp.Delivery;

/// <summary>
/// One objective of a strategy's delivery plan (number and title) with the deliverables that serve it.
/// Immutable; equality is by value, including the deliverables in order.
/// </summary>
public sealed record Objective
{
    /// <summary>The objective's number: the first part of its deliverables' codes (3 for <c>3.10</c>).</summary>
    public required int Number { get; init; }

    /// <summary>The objective's title in readable words, e.g. <c>Provide a flow of community intelligence on a range of issues</c>.</summary>
    public required string Title { get; init; }

    /// <summary>The objective's deliverables in plan order.</summary>
    public IReadOnlyList<Deliverable> Deliverables { get; init; } = [];

    /// <summary>Whether the two objectives are equal field by field, deliverables in order.</summary>
    /// <param name="other">The other objective.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(Objective? other) =>
        other is not null
        && Number == other.Number
        && string.Equals(Title, other.Title, StringComparison.Ordinal)
        && Deliverables.SequenceEqual(other.Deliverables);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Number, StringComparer.Ordinal.GetHashCode(Title), Deliverables.Count);
}
