namespace Nhp.Metrics.Spc;

/// <summary>Why a series could not support an SPC judgement, or <see cref="None"/> when it could.</summary>
public enum SpcDataProblem
{
    /// <summary>The series was analysed.</summary>
    None,

    /// <summary>Fewer than <see cref="SpcAnalysis.MinimumPoints"/> values.</summary>
    TooFewValues,

    /// <summary>A value is missing, infinite or not a number (<see cref="SpcSeriesSummary.ProblemIndex"/> says which).</summary>
    NotFinite,

    /// <summary>Every value is the same, so there is no variation to judge.</summary>
    NoVariation,
}
