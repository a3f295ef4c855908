using NodaTime;

namespace Nhp.Committees.Storage;

/// <summary>
/// One committee of a stored front sheet: its name as written, and the date as an ISO date, as written, or both. A
/// date written only in words ("22 nd June 2021") is read with <see cref="PaperDates"/>.
/// </summary>
internal sealed record CommitteeEntry
{
    /// <summary>The committee's name as written.</summary>
    public required string Committee { get; init; }

    /// <summary>The meeting date, or none.</summary>
    public LocalDate? Date { get; init; }

    /// <summary>The date as the front sheet writes it, or none.</summary>
    public string? DateText { get; init; }

    public static CommitteeEntry From(PaperCommittee committee) => new() { Committee = committee.Committee, Date = committee.Date, DateText = committee.DateText };

    public PaperCommittee ToCommittee()
    {
        var date = Date;
        if (date is null && PaperDates.All(DateText) is [var first, ..])
        {
            date = first;
        }

        return new PaperCommittee(Committee, date, DateText);
    }
}
