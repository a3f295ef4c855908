namespace Nhp.Governance.References;

/// <summary>What a reference's status text is understood to say.</summary>
public enum ReferenceState
{
    /// <summary>The status could not be understood; it is kept as written.</summary>
    NotUnderstood,

    /// <summary>The action is in progress (possibly with a target date).</summary>
    InProgress,

    /// <summary>The action is complete.</summary>
    Complete,
}
