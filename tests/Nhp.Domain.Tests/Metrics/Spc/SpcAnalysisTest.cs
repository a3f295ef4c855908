using CsCheck;
using Nhp.Metrics.Spc;

namespace Nhp.Domain.Tests.Metrics.Spc;

/// <summary>Shared cases: not-enough-data answers and the definition of the outside-limits rule for every method.</summary>
public class SpcAnalysisTest
{
    public static TheoryData<SpcMethod> Methods => new() { SpcMethod.Sd2, SpcMethod.Nhs, SpcMethod.Anhoej };

    [Theory]
    [MemberData(nameof(Methods))]
    public void When_the_series_has_one_point_then_the_answer_is_not_enough_data(SpcMethod method)
    {
        var result = SpcAnalysis.Analyse([5.0], new SpcOptions(method));
        Assert.False(result.HasEnoughData);
        Assert.Contains("at least 2", result.NotEnoughDataReason, StringComparison.Ordinal);
        Assert.Empty(result.Points);
        Assert.Null(result.Centre);
        Assert.False(result.IsSignificant);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void When_every_value_is_equal_then_the_answer_is_not_enough_data_rather_than_signals(SpcMethod method)
    {
        var result = SpcAnalysis.Analyse(Enumerable.Repeat(7.0, 30).ToArray(), new SpcOptions(method));
        Assert.False(result.HasEnoughData);
        Assert.Contains("no variation", result.NotEnoughDataReason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void When_a_value_is_missing_then_the_answer_names_its_index(SpcMethod method)
    {
        var result = SpcAnalysis.Analyse(new double?[] { 1, 2, null, 4, 5 }, new SpcOptions(method));
        Assert.False(result.HasEnoughData);
        Assert.Contains("index 2", result.NotEnoughDataReason, StringComparison.Ordinal);
        Assert.Contains("No SPC judgement", result.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void A_point_is_outside_the_limits_exactly_when_it_lies_strictly_beyond_one(SpcMethod method) =>
        Gen.Double[-1000, 1000].Array[2, 40].Sample(values =>
        {
            var result = SpcAnalysis.Analyse(values, new SpcOptions(method));
            return !result.HasEnoughData || result.Points.All(p =>
                p.Signals.HasFlag(SpcSignals.OutsideLimits) == (p.Value > result.UpperLimit || p.Value < result.LowerLimit));
        });

    [Fact]
    public void Signal_ids_are_the_ones_the_command_line_writes()
    {
        Assert.Equal(["outside-limits", "shift", "trend", "two-of-three"], SpcSignalIds.Ids(SpcSignals.OutsideLimits | SpcSignals.Shift | SpcSignals.Trend | SpcSignals.TwoOfThree));
        Assert.Equal("special_cause_neutral_high", SpcSignalIds.PointTypeId(SpcPointType.SpecialCauseNeutralHigh));
        Assert.Equal("consistent_fail", SpcSignalIds.AssuranceId(SpcAssurance.ConsistentFail));
    }
}
