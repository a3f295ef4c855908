namespace Nhp.Integrity;

/// <summary>Where a compliance rate's confidence interval lies relative to a target.</summary>
public enum TargetEvidence
{
    /// <summary>The interval straddles the target: the sample cannot tell whether the true rate meets it.</summary>
    Inconclusive = 0,

    /// <summary>The whole interval is at or above the target.</summary>
    Meets = 1,

    /// <summary>The whole interval is below the target: a miss the sample can show.</summary>
    Misses = 2,
}
