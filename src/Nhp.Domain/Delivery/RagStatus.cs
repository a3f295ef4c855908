namespace Nhp.Delivery;

/// <summary>
/// The Red/Amber/Green progress status of a deliverable, with the meanings of the key printed on the delivery plan:
/// GREEN complete/established, AMBER in progress, RED deadline missed or will not be achieved. A deliverable that has
/// not been given a status is <see cref="NotRated"/>.
/// </summary>
/// <remarks>
/// The numeric values order the statuses from best to worst with "not rated" first; do not rely on them beyond that.
/// <see cref="RagKey"/> gives each status's word (<c>GREEN</c>) and meaning, and reads statuses from text. Whether a
/// status is right for a deliverable's dates is judged by the RAG rules, not by this type.
/// </remarks>
public enum RagStatus
{
    /// <summary>No status has been given.</summary>
    NotRated = 0,

    /// <summary>GREEN: complete/established.</summary>
    Green = 1,

    /// <summary>AMBER: in progress.</summary>
    Amber = 2,

    /// <summary>RED: deadline missed or will not be achieved.</summary>
    Red = 3,
}
