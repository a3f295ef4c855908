using System.Text.Json.Serialization;
using NodaTime;

namespace Nhp.Delivery;

/// <summary>
/// One reported position of a deliverable: what a committee paper said about it as of one month. A deliverable keeps
/// one update per paper, so two papers are two updates of the same deliverable. Immutable; equality is by value.
/// </summary>
public sealed record StatusUpdate
{
    /// <summary>The month the position describes, from the paper's heading: <c>SUMMARY POSITION (JANUARY 2024)</c> is 2024-01.</summary>
    public required YearMonth AsOf { get; init; }

    /// <summary>
    /// The date the position speaks for: the last day of <see cref="AsOf"/>. A "January 2024" position is taken to hold
    /// until 31 January 2024; the RAG rules judge it from then.
    /// </summary>
    [JsonIgnore]
    public LocalDate UpdatedOn => AsOf.OnDayOfMonth(AsOf.Calendar.GetDaysInMonth(AsOf.Year, AsOf.Month));

    /// <summary>
    /// The summary position, as written. Where the source had a list (an HTML <c>&lt;ul&gt;</c> in a cell), each item is
    /// on its own line starting with <c>- </c>; otherwise the text is one paragraph.
    /// </summary>
    public required string Summary { get; init; }

    /// <summary>The RAG status the paper gave, or <see cref="RagStatus.NotRated"/>.</summary>
    public required RagStatus Rag { get; init; }

    /// <summary>The DATE column: when the deliverable is due, as written and as understood.</summary>
    public required Target Target { get; init; }
}
