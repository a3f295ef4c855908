using NodaTime;

namespace Nhp.Engagement;

/// <summary>
/// One "you said, we did" entry: what the public raised, what was done, who owns it, and whether it is closed.
/// Immutable; equality is by value.
/// </summary>
public sealed record YouSaidWeDid
{
    /// <summary>What the public raised ("you said").</summary>
    public required string YouSaid { get; init; }

    /// <summary>What was done ("we did"); null while nothing has been done yet.</summary>
    public string? WeDid { get; init; }

    /// <summary>Who owns the action (a team or organisation), when known.</summary>
    public string? Owner { get; init; }

    /// <summary>Open or closed.</summary>
    public required ActionStatus Status { get; init; }

    /// <summary>When the action is due, when a date was set.</summary>
    public LocalDate? Due { get; init; }

    /// <summary>When it was closed; required once <see cref="Status"/> is <see cref="ActionStatus.Closed"/>.</summary>
    public LocalDate? Closed { get; init; }

    /// <summary>Whether the item is still open after its due date on <paramref name="asOf"/> (an item with no due date is never overdue).</summary>
    /// <param name="asOf">The date the data is correct at (<see cref="EngagementData.AsOf"/>).</param>
    /// <returns>True when open, with a due date before <paramref name="asOf"/>.</returns>
    public bool IsOverdue(LocalDate asOf) => Status == ActionStatus.Open && Due is { } due && due < asOf;
}
