using NodaTime;

namespace Nhp.Rag;

/// <summary>
/// A deliverable that the rules will expect to be RED on a later date if its status is not updated: the "due to
/// change" list. Immutable.
/// </summary>
/// <param name="Subject">The deliverable as last reported.</param>
/// <param name="On">The first date on which the rules expect RED.</param>
/// <param name="Finding">The finding that makes it RED on that date.</param>
public sealed record RagTurn(RagSubject Subject, LocalDate On, RagFinding Finding);
