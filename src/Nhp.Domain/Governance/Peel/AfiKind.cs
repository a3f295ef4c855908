namespace Nhp.Governance.Peel;

/// <summary>What an inspection finding in an update on areas for improvement is.</summary>
public enum AfiKind
{
    /// <summary>An area for improvement: something the inspectorate says the force should improve (the default).</summary>
    AreaForImprovement,

    /// <summary>A recommendation: something the inspectorate says the force must do (for example a regional one).</summary>
    Recommendation,
}
