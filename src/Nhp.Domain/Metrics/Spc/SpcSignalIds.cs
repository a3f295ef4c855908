namespace Nhp.Metrics.Spc;

/// <summary>The stable ids of SPC signals and point types, as written in JSON and reports.</summary>
public static class SpcSignalIds
{
    /// <summary>The ids of the signals set in <paramref name="signals"/>, in a fixed order: <c>outside-limits</c>, <c>shift</c>, <c>trend</c>, <c>two-of-three</c>.</summary>
    /// <param name="signals">The signals.</param>
    /// <returns>The ids.</returns>
    public static IReadOnlyList<string> Ids(SpcSignals signals)
    {
        var ids = new List<string>(4);
        if (signals.HasFlag(SpcSignals.OutsideLimits))
        {
            ids.Add("outside-limits");
        }

        if (signals.HasFlag(SpcSignals.Shift))
        {
            ids.Add("shift");
        }

        if (signals.HasFlag(SpcSignals.Trend))
        {
            ids.Add("trend");
        }

        if (signals.HasFlag(SpcSignals.TwoOfThree))
        {
            ids.Add("two-of-three");
        }

        return ids;
    }

    /// <summary>The point type in NHSRplotthedots' words, e.g. <c>special_cause_improvement</c>.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The snake-case name.</returns>
    public static string PointTypeId(SpcPointType type) => type switch
    {
        SpcPointType.SpecialCauseImprovement => "special_cause_improvement",
        SpcPointType.SpecialCauseConcern => "special_cause_concern",
        SpcPointType.SpecialCauseNeutralHigh => "special_cause_neutral_high",
        SpcPointType.SpecialCauseNeutralLow => "special_cause_neutral_low",
        _ => "common_cause",
    };

    /// <summary>The assurance in NHSRplotthedots' words, e.g. <c>consistent_pass</c>.</summary>
    /// <param name="assurance">The assurance.</param>
    /// <returns>The snake-case name.</returns>
    public static string AssuranceId(SpcAssurance assurance) => assurance switch
    {
        SpcAssurance.ConsistentPass => "consistent_pass",
        SpcAssurance.ConsistentFail => "consistent_fail",
        _ => "inconsistent",
    };

    /// <summary>The signals in words for a sentence: "outside the limits and part of a shift".</summary>
    /// <param name="signals">The signals.</param>
    /// <returns>The phrase.</returns>
    public static string Describe(SpcSignals signals)
    {
        var words = new List<string>(4);
        if (signals.HasFlag(SpcSignals.OutsideLimits))
        {
            words.Add("outside the control limits");
        }

        if (signals.HasFlag(SpcSignals.Shift))
        {
            words.Add("part of a run on one side of the mean");
        }

        if (signals.HasFlag(SpcSignals.Trend))
        {
            words.Add("part of a run of successive rises or falls");
        }

        if (signals.HasFlag(SpcSignals.TwoOfThree))
        {
            words.Add("two of three points near a limit");
        }

        return string.Join(" and ", words);
    }
}
