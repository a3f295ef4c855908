namespace Nhp.Metrics.Spc;

/// <summary>
/// Anhøj's runs analysis as a value, for the batch API; the same numbers as <see cref="SpcRunsAnalysis"/>. Immutable;
/// equality by value.
/// </summary>
/// <param name="UsefulPoints">Points not on the centre line.</param>
/// <param name="LongestRun">The longest run of useful points on one side.</param>
/// <param name="LongestRunLimit">round(log2(useful points)) + 3.</param>
/// <param name="Crossings">How many times the series crosses the centre line (runs − 1).</param>
/// <param name="CrossingsMinimum">The 5% lower quantile of Binomial(useful points − 1, 0.5), computed exactly.</param>
/// <param name="Signal">True when the longest run exceeds its limit or the crossings fall below their minimum.</param>
public readonly record struct SpcRunsCounts(int UsefulPoints, int LongestRun, int LongestRunLimit, int Crossings, int CrossingsMinimum, bool Signal)
{
    /// <summary>The same numbers as a <see cref="SpcRunsAnalysis"/>.</summary>
    /// <returns>The runs analysis.</returns>
    public SpcRunsAnalysis ToAnalysis() => new(UsefulPoints, LongestRun, LongestRunLimit, Crossings, CrossingsMinimum, Signal);
}
