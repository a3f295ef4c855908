namespace Nhp.Metrics;

/// <summary>How a measure's latest figure stands against its target or benchmark.</summary>
public enum TargetOutcome
{
    /// <summary>On the good side of the target, or equal to it: GREEN.</summary>
    Met,

    /// <summary>On the wrong side, but by no more than the tolerance: AMBER.</summary>
    WithinTolerance,

    /// <summary>On the wrong side by more than the tolerance: RED.</summary>
    Missed,
}
