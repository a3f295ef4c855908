using System.Globalization;

namespace Nhp.Metrics.Spc;

/// <summary>
/// The result of one series in the batch API (<see cref="SpcAnalysis.Analyse(ReadOnlySpan{double}, SpcOptions, Span{SpcSignals}, Span{SpcPointType})"/>
/// and <see cref="SpcAnalysis.AnalyseMany"/>): the limits and the method-specific parts, as a value with no
/// references, so that analysing many series allocates nothing; the per-point signals and types are in the caller's
/// buffers. The numbers are the same, to the last bit, as those of <see cref="SpcResult"/> for the same series and
/// options. Immutable.
/// </summary>
public readonly record struct SpcSeriesSummary
{
    /// <summary>Why there is no judgement, or <see cref="SpcDataProblem.None"/>.</summary>
    public SpcDataProblem Problem { get; init; }

    /// <summary>For <see cref="SpcDataProblem.NotFinite"/>, the index of the first such value; for
    /// <see cref="SpcDataProblem.TooFewValues"/>, the number of values; otherwise 0.</summary>
    public int ProblemIndex { get; init; }

    /// <summary>The number of points in the series.</summary>
    public int Count { get; init; }

    /// <summary>True when the series was analysed (<see cref="Problem"/> is <see cref="SpcDataProblem.None"/>).</summary>
    public bool HasEnoughData => Problem == SpcDataProblem.None;

    /// <summary>The centre line (the mean); NaN when there was not enough data.</summary>
    public double Centre { get; init; }

    /// <summary>The lower limit; NaN when there was not enough data.</summary>
    public double LowerLimit { get; init; }

    /// <summary>The upper limit; NaN when there was not enough data.</summary>
    public double UpperLimit { get; init; }

    /// <summary>The signals of the last point (<see cref="SpcSignals.None"/> when there was not enough data).</summary>
    public SpcSignals LastSignals { get; init; }

    /// <summary>True when the last point breaks a rule, as <see cref="SpcResult.IsSignificant"/>.</summary>
    public bool IsSignificant => LastSignals != SpcSignals.None;

    /// <summary>Anhøj's runs analysis (method <see cref="SpcMethod.Anhoej"/> with enough data), else null.</summary>
    public SpcRunsCounts? Runs { get; init; }

    /// <summary>The NHS variation icon (the last point's type; method <see cref="SpcMethod.Nhs"/>), else null.</summary>
    public SpcPointType? Variation { get; init; }

    /// <summary>The NHS assurance icon (method <see cref="SpcMethod.Nhs"/> with a target and a direction), else null.</summary>
    public SpcAssurance? Assurance { get; init; }

    /// <summary>The sentence <see cref="SpcResult.NotEnoughDataReason"/> gives for <see cref="Problem"/>, or null.</summary>
    /// <returns>The reason, or null when the series was analysed.</returns>
    public string? Reason() => Problem switch
    {
        SpcDataProblem.None => null,
        SpcDataProblem.TooFewValues => string.Create(CultureInfo.InvariantCulture, $"{ProblemIndex} value(s); SPC needs at least {SpcAnalysis.MinimumPoints}."),
        SpcDataProblem.NotFinite => string.Create(CultureInfo.InvariantCulture, $"the value at index {ProblemIndex} is missing or not a number; SPC needs a complete series."),
        _ => "all values are equal, so there is no variation to judge.",
    };
}
