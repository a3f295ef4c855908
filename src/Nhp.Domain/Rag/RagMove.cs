namespace Nhp.Rag;

/// <summary>The direction of a deliverable's RAG move between two status updates.</summary>
public enum RagMove
{
    /// <summary>The RAG did not change.</summary>
    Unchanged = 0,

    /// <summary>The RAG improved: RED to AMBER or GREEN, AMBER to GREEN.</summary>
    Better = 1,

    /// <summary>The RAG worsened: GREEN to AMBER or RED, AMBER to RED.</summary>
    Worse = 2,

    /// <summary>The deliverable was not rated before and is now.</summary>
    Rated = 3,

    /// <summary>The deliverable was rated before and is not now.</summary>
    NoLongerRated = 4,
}
