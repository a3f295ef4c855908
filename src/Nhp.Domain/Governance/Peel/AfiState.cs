namespace Nhp.Governance.Peel;

/// <summary>What an area for improvement's status is understood to be.</summary>
public enum AfiState
{
    /// <summary>Nothing says: no linked action, no status printed for it or for the update as a whole.</summary>
    NotStated,

    /// <summary>Being worked on: a linked action is open, or the paper says it is in progress.</summary>
    InProgress,

    /// <summary>Met or closed: every linked action is closed, or the paper says its requirements are met.</summary>
    Closed,
}
