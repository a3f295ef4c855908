using NodaTime;

namespace Nhp.Committees;

/// <summary>
/// One committee a paper goes to and the date it is dated for, from the "Committee(s): / Dated:" rows of the front
/// sheet. A paper may go to several (the committee, then the Police Authority Board).
/// </summary>
/// <param name="Committee">The committee's name as written ("Strategic Planning and Performance Committee").</param>
/// <param name="Date">The meeting date, or none when the paper is undated.</param>
/// <param name="DateText">The date as written ("22 February 2024", "22 nd June 2021"), or none.</param>
public sealed record PaperCommittee(string Committee, LocalDate? Date, string? DateText = null);
