namespace Nhp.Metrics.Spc;

/// <summary>The NHS assurance icon: can the process be relied on to meet its target?</summary>
public enum SpcAssurance
{
    /// <summary><c>consistent_pass</c>: the target lies outside the limits on the good side.</summary>
    ConsistentPass,

    /// <summary><c>consistent_fail</c>: the target lies outside the limits on the bad side.</summary>
    ConsistentFail,

    /// <summary><c>inconsistent</c>: the target lies within the limits; it will be met some of the time.</summary>
    Inconsistent,
}
