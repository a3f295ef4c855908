using NodaTime;

namespace Nhp.Governance.References;

/// <summary>A committee's list of outstanding references at one meeting. Immutable.</summary>
/// <param name="Committee">The committee, e.g. <c>Strategic Planning and Performance Committee</c>.</param>
/// <param name="AsOf">The date of the meeting the list went to: a target before it has passed.</param>
/// <param name="References">The references, in printed order.</param>
public sealed record OutstandingReferenceList(string Committee, LocalDate AsOf, IReadOnlyList<OutstandingReference> References);
