using NodaTime;

namespace Nhp.Frameworks;

/// <summary>
/// Progress a force reports under one pillar of its framework, as a paper words it: a highlight of work completed or
/// under way, with the details it lists (dates, objectives), and the date it was reported. Immutable.
/// </summary>
public sealed record PillarProgress
{
    /// <summary>The pillar the progress is reported under (one of the framework's pillars), e.g. <c>Visibility</c>.</summary>
    public required string Pillar { get; init; }

    /// <summary>The highlight, verbatim.</summary>
    public required string Text { get; init; }

    /// <summary>Details the paper lists under the highlight (e.g. the dates of seminars), verbatim, in order; empty when none.</summary>
    public IReadOnlyList<string> Details { get => details; init => details = value ?? []; }

    private readonly IReadOnlyList<string> details = [];

    /// <summary>The date the progress was reported (the paper's date), or null.</summary>
    public LocalDate? Date { get; init; }
}
