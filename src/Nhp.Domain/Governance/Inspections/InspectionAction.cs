using Nhp.Findings;
using NodaTime;

namespace Nhp.Governance.Inspections;

/// <summary>
/// One action in a force's inspection action register: a recommendation or area for improvement set by an inspection,
/// with where it came from, who owns it, and when it was raised and (if it has been) closed. Immutable; equality is by
/// value.
/// </summary>
/// <remarks>
/// An action is open on a date when it was raised on or before that date and not closed on or before it. The status
/// text is kept as the tracker wrote it; <see cref="Closed"/> is what the counts use.
/// </remarks>
public sealed record InspectionAction
{
    /// <summary>The tracker's reference for the action, unique within a register (e.g. <c>PEEL22-AFI-03</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Recommendation or area for improvement.</summary>
    public ActionKind Kind { get; init; } = ActionKind.Recommendation;

    /// <summary>The inspection that set the action, as the tracker names it (e.g. <c>PEEL 2021/22</c>).</summary>
    public required string Inspection { get; init; }

    /// <summary>Whether the inspection was of this force alone or across many forces.</summary>
    public ActionScope Scope { get; init; } = ActionScope.National;

    /// <summary>The directorate responsible, when the tracker says.</summary>
    public string? Directorate { get; init; }

    /// <summary>The person or post that owns the action, when the tracker says.</summary>
    public string? Owner { get; init; }

    /// <summary>The date the action was set (the inspection report's publication date, as trackers use it).</summary>
    public required LocalDate Raised { get; init; }

    /// <summary>The date the action was signed off as closed, or null while it is open.</summary>
    public LocalDate? Closed { get; init; }

    /// <summary>The status as the tracker wrote it, verbatim, when it has one.</summary>
    public string? StatusText { get; init; }

    /// <summary>The action's wording, when the tracker has it.</summary>
    public string? Text { get; init; }

    /// <summary>Where the action was read (file and line), when it was imported.</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>Whether the action was open at the end of <paramref name="date"/>: raised by then and not yet closed.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when open.</returns>
    public bool IsOpenOn(LocalDate date) => Raised <= date && (Closed is not { } closed || closed > date);

    /// <summary>Whether the action is historic at <paramref name="cutOff"/>: set before that date.</summary>
    /// <param name="cutOff">The first day on which actions count as new.</param>
    /// <returns><see langword="true"/> when the action was raised before <paramref name="cutOff"/>.</returns>
    public bool IsHistoric(LocalDate cutOff) => Raised < cutOff;
}
