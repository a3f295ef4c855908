namespace Nhp.Delivery;

/// <summary>What a <see cref="Target"/>'s text was understood to mean (its main part, before any review suffix).</summary>
public enum TargetKind
{
    /// <summary>The text is empty: no target was given.</summary>
    None = 0,

    /// <summary>A day-first date, <c>26/01/2024</c>: the deadline is that day.</summary>
    Date = 1,

    /// <summary>A month, <c>February 2024</c>: the deadline is the month's last day.</summary>
    Month = 2,

    /// <summary>The end of a year, <c>End 2024</c>: the deadline is 31 December of that year.</summary>
    YearEnd = 3,

    /// <summary>A bare year, <c>2025</c> (seen in review suffixes): the deadline is 31 December of that year.</summary>
    Year = 4,

    /// <summary><c>Ongoing</c>: continuing work with no deadline.</summary>
    Ongoing = 5,

    /// <summary><c>Complete</c> (or <c>Completed</c>): done; no deadline.</summary>
    Complete = 6,

    /// <summary><c>Completed annually</c>: a recurring piece of work, done for this year; no deadline.</summary>
    CompletedAnnually = 7,

    /// <summary><c>TBC</c>: to be confirmed; no deadline yet.</summary>
    ToBeConfirmed = 8,

    /// <summary>
    /// Text in no form Nhp understands (<c>March 204</c>, <c>31/02/2024</c>): kept verbatim, never guessed at, and
    /// reported by validation.
    /// </summary>
    Unrecognised = 9,
}
