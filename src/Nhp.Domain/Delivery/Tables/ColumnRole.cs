namespace Nhp.Delivery;

/// <summary>What a column of a plan table holds, as read from its heading.</summary>
internal enum ColumnRole
{
    /// <summary>Nothing known: an empty heading.</summary>
    None,

    /// <summary>The deliverable code (<c>REF</c>, <c>CODE</c>, <c>NO.</c>).</summary>
    Code,

    /// <summary>A <c>DELIVERABLE</c> heading: the code, or the commitment when another column has the code.</summary>
    Deliverable,

    /// <summary>The commitment (<c>COMMITMENT</c>, <c>ACTION</c>, <c>DESCRIPTION</c>).</summary>
    Commitment,

    /// <summary>The summary position (<c>SUMMARY POSITION</c>, <c>UPDATE</c>, <c>COMMENTARY</c>).</summary>
    Summary,

    /// <summary>The RAG status (<c>PROGRESS</c>, <c>RAG</c>, <c>STATUS</c>).</summary>
    Rag,

    /// <summary>The date or target (<c>DATE</c>, <c>TARGET DATE</c>, <c>DUE</c>, <c>TIMESCALE</c>).</summary>
    Date,

    /// <summary>The objective the row belongs to (<c>OBJECTIVE</c>, <c>THEME</c>).</summary>
    Objective,

    /// <summary>A heading the plan does not import (<c>OWNER</c>, <c>LEAD</c>, <c>NOTES</c>).</summary>
    Other,
}
