using NodaTime;

namespace Nhp.Committees;

/// <summary>
/// A meeting of a committee, as the front of its pack gives it: committee, date, time, venue, members and who to
/// contact with enquiries. Equality compares every field, lists item by item.
/// </summary>
public sealed record Meeting
{
    /// <summary>The committee's name as the pack writes it.</summary>
    public required string Committee { get; init; }

    /// <summary>The date of the meeting.</summary>
    public required LocalDate Date { get; init; }

    /// <summary>The start time, or none.</summary>
    public LocalTime? Time { get; init; }

    /// <summary>The venue as written, or none.</summary>
    public string? Venue { get; init; }

    /// <summary>The members, in the pack's order.</summary>
    public IReadOnlyList<CommitteeMember> Members { get; init; } = [];

    /// <summary>The contact for enquiries, or none.</summary>
    public ContactOfficer? Enquiries { get; init; }

    /// <inheritdoc/>
    public bool Equals(Meeting? other) =>
        other is not null && Committee == other.Committee && Date == other.Date && Time == other.Time && Venue == other.Venue
        && Members.SequenceEqual(other.Members) && Enquiries == other.Enquiries;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Committee, Date, Time, Venue, Members.Count);
}
