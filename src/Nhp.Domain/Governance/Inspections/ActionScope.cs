namespace Nhp.Governance.Inspections;

/// <summary>Whether an action came from an inspection of this force alone or from one across many forces.</summary>
public enum ActionScope
{
    /// <summary>Set by an inspection of this force alone (the paper's "CoLP specific").</summary>
    ForceSpecific,

    /// <summary>Set by an inspection across several forces, so it applies nationally.</summary>
    National,
}
