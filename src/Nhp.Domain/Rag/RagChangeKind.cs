namespace Nhp.Rag;

/// <summary>What happened to a deliverable between two status updates.</summary>
public enum RagChangeKind
{
    /// <summary>The deliverable is in the newer update only.</summary>
    Added = 0,

    /// <summary>The deliverable is in the older update only.</summary>
    Removed = 1,

    /// <summary>The deliverable is in both and its RAG, its target, or both changed.</summary>
    Changed = 2,
}
