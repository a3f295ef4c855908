using System.Text.Json.Serialization;

namespace Nhp.Delivery;

/// <summary>
/// A numbered commitment of a delivery plan ("We will…") with the history of its reported positions.
/// Immutable; equality is by value, including the updates in order.
/// </summary>
public sealed record Deliverable
{
    /// <summary>The deliverable's number, e.g. <c>3.3</c>.</summary>
    public required DeliverableCode Code { get; init; }

    /// <summary>The commitment as the plan states it.</summary>
    public required string Commitment { get; init; }

    /// <summary>Who owns the deliverable, when the plan says; null when it does not.</summary>
    public string? Owner { get; init; }

    /// <summary>The reported positions, oldest first; one per as-of month.</summary>
    public IReadOnlyList<StatusUpdate> Updates { get; init; } = [];

    /// <summary>
    /// Where the deliverable was read (its first row) when it was imported from a table export or CSV; null otherwise.
    /// Not stored in JSON and not part of equality: the same deliverable read from two files is equal.
    /// </summary>
    [JsonIgnore]
    public Findings.SourceLocation? Location { get; init; }

    /// <summary>The most recent update, or null when the deliverable has never been reported on.</summary>
    [JsonIgnore]
    public StatusUpdate? Latest => Updates.Count == 0 ? null : Updates[^1];

    /// <summary>The RAG status of the latest update, or <see cref="RagStatus.NotRated"/> when there is none.</summary>
    [JsonIgnore]
    public RagStatus Rag => Latest?.Rag ?? RagStatus.NotRated;

    /// <summary>Whether the two deliverables are equal field by field, updates in order.</summary>
    /// <param name="other">The other deliverable.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(Deliverable? other) =>
        other is not null
        && Code == other.Code
        && string.Equals(Commitment, other.Commitment, StringComparison.Ordinal)
        && string.Equals(Owner, other.Owner, StringComparison.Ordinal)
        && Updates.SequenceEqual(other.Updates);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, StringComparer.Ordinal.GetHashCode(Commitment), Updates.Count);
}
