using NodaTime;

namespace Nhp.Reporting.Word;

/// <summary>
/// The document properties a Word file carries beside its text (File › Info in Word): the title comes from the
/// document; the author, subject and date come from here. The date is the only time written into the file (as its
/// created and modified times and the times of its zip entries), so the same input always gives the same bytes.
/// </summary>
/// <param name="Author">The author (for a committee paper, the report author), or none.</param>
/// <param name="Subject">The subject, or none.</param>
/// <param name="Date">The date the document is of (for a paper, the meeting date), or none for the fixed
/// date <see cref="DefaultDate"/>.</param>
public sealed record WordProperties(string? Author = null, string? Subject = null, LocalDate? Date = null)
{
    /// <summary>The date written when none is given: 1 January 2000, so that output never depends on a clock.</summary>
    public static LocalDate DefaultDate { get; } = new(2000, 1, 1);

    /// <summary>No author, no subject, the default date.</summary>
    public static WordProperties None { get; } = new();
}
