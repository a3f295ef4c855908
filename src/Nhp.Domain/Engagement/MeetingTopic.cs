namespace Nhp.Engagement;

/// <summary>A topic the public raised at a meeting, and whose remit it falls in. Immutable; equality is by value.</summary>
public sealed record MeetingTopic
{
    /// <summary>The topic, e.g. <c>Cycling on pavements</c>.</summary>
    public required string Text { get; init; }

    /// <summary>Whose responsibility it is.</summary>
    public required Remit Remit { get; init; }
}
