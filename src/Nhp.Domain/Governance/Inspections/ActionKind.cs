namespace Nhp.Governance.Inspections;

/// <summary>What an inspection action is: the inspectorate calls both "actions" in a force's tracker.</summary>
public enum ActionKind
{
    /// <summary>A recommendation: something the inspectorate says the force must do.</summary>
    Recommendation,

    /// <summary>An area for improvement (AFI): something the inspectorate says the force should improve.</summary>
    AreaForImprovement,
}
