using Nhp.Delivery;
using Nhp.Findings;

namespace Nhp.Integrity;

/// <summary>
/// A recommendation of a crime data integrity review: its number, text, owner and timescale as printed, and its
/// status. The owner text is kept verbatim in <see cref="Owner"/>; <see cref="Owners"/> lists the separate owners
/// (which cannot be split mechanically: in <c>FRC &amp; Strategy, Planning &amp; Service Improvement - FCIR</c> the
/// second <c>&amp;</c> is part of a name). Immutable; equality is by value (lists by reference).
/// </summary>
/// <param name="Number">The recommendation's number, from 1.</param>
/// <param name="Text">The recommendation as printed.</param>
/// <param name="Owner">The owner column as printed.</param>
/// <param name="Timescale">The timescale, read losslessly (a typo such as <c>March 204</c> is kept and is unrecognised).</param>
public sealed record Recommendation(int Number, string Text, string Owner, Target Timescale)
{
    private readonly IReadOnlyList<string>? owners;

    /// <summary>The separate owners; <see cref="Owner"/> alone when not split.</summary>
    public IReadOnlyList<string> Owners
    {
        get => owners ?? [Owner];
        init => owners = value;
    }

    /// <summary>The delivery status; <see cref="RagStatus.NotRated"/> when the paper gives none.</summary>
    public RagStatus Status { get; init; } = RagStatus.NotRated;

    /// <summary>The status in the source's words, when it gave any.</summary>
    public string? StatusText { get; init; }

    /// <summary>Where the recommendation was read from, when it came from a file.</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>
    /// Whether, on <paramref name="asOf"/>, the recommendation is past its timescale without being marked complete
    /// (green): the timescale has a deadline, or a later review date, and that day is over. A timescale without a
    /// deadline (unrecognised, ongoing, to be confirmed) is never past.
    /// </summary>
    /// <param name="asOf">The day to judge on, e.g. the date of the committee meeting.</param>
    /// <returns>True when the last date the timescale names is before <paramref name="asOf"/> and the status is not green.</returns>
    public bool IsPastTimescale(NodaTime.LocalDate asOf)
    {
        var last = Timescale.ReviewDate ?? Timescale.Deadline;
        return Status != RagStatus.Green && last is { } due && due < asOf;
    }
}
