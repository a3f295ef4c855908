namespace Nhp.Metrics.Spc;

/// <summary>The type of a point under the NHS method, named as NHSRplotthedots names it (in snake case in JSON).</summary>
public enum SpcPointType
{
    /// <summary><c>common_cause</c>: no rule applies.</summary>
    CommonCause,

    /// <summary><c>special_cause_improvement</c>.</summary>
    SpecialCauseImprovement,

    /// <summary><c>special_cause_concern</c>.</summary>
    SpecialCauseConcern,

    /// <summary><c>special_cause_neutral_high</c>: a special cause upwards when no direction is better.</summary>
    SpecialCauseNeutralHigh,

    /// <summary><c>special_cause_neutral_low</c>: a special cause downwards when no direction is better.</summary>
    SpecialCauseNeutralLow,
}
