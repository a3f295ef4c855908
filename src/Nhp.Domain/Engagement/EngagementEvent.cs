namespace Nhp.Engagement;

/// <summary>
/// A community engagement event: a stall, a webinar, an awareness week. Immutable; lists compare by reference.
/// </summary>
public sealed record EngagementEvent
{
    /// <summary>The row number in the source table, when from one.</summary>
    public int? Number { get; init; }

    /// <summary>When it took place, in the form given (a day, a range, a month or part of a month).</summary>
    public required EngagementDate Date { get; init; }

    /// <summary>
    /// The date exactly as printed, when it differs from <see cref="Date"/>'s text (e.g. <c>31 October</c>, printed
    /// without a year); null otherwise.
    /// </summary>
    public string? DateText { get; init; }

    /// <summary>The event's name as printed.</summary>
    public required string Name { get; init; }

    /// <summary>Who it was for, in the order printed.</summary>
    public IReadOnlyList<Audience> Audiences { get => audiences; init => audiences = value ?? []; }

    private readonly IReadOnlyList<Audience> audiences = [];

    /// <summary>Who "other" means (e.g. <c>students</c>), when <see cref="Audience.Other"/> is one of the audiences.</summary>
    public string? AudienceNote { get; init; }

    /// <summary>Who organised it.</summary>
    public required Organiser Organiser { get; init; }

    /// <summary>The strategy priority it serves, where known.</summary>
    public StrategyPriority? Priority { get; init; }
}
