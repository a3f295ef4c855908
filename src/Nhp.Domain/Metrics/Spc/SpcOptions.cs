namespace Nhp.Metrics.Spc;

/// <summary>
/// How to run an SPC analysis. Immutable; equality by value.
/// </summary>
/// <param name="Method">The method.</param>
/// <param name="ScreenMovingRanges">
/// For <see cref="SpcMethod.Nhs"/> and <see cref="SpcMethod.Anhoej"/>: drop moving ranges of at least 3.267 × their
/// mean before computing the limits (default true, as both R packages do; false matches the NHS Excel tool).
/// Ignored by <see cref="SpcMethod.Sd2"/>.
/// </param>
/// <param name="Improvement">Which direction is better (typing of points, assurance).</param>
/// <param name="Target">A target for the NHS assurance icon, or null.</param>
public sealed record SpcOptions(
    SpcMethod Method,
    bool ScreenMovingRanges = true,
    ImprovementDirection Improvement = ImprovementDirection.Neutral,
    double? Target = null)
{
    /// <summary>
    /// The trial-limit policy: limits computed from fewer points than this are trial limits that will move as data is
    /// added (<see cref="SpcResult.IsTrial"/>), and a trend rule should not treat a point inside or outside them as a
    /// signal. Default <see cref="SpcAnalysis.ShortBaselinePoints"/> (13, NHS "Making Data Count"); zero or more.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int MinimumPointsForLimits
    {
        get;
        init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The minimum number of points for limits is zero or more.");
    } = SpcAnalysis.ShortBaselinePoints;

    /// <summary>
    /// The options to analyse a measure's series with: <paramref name="method"/>, moving ranges screened, the
    /// improvement direction from the measure's direction of good (<see cref="ImprovementDirections.From"/>) and its
    /// target, if any.
    /// </summary>
    /// <param name="measure">The measure.</param>
    /// <param name="method">The method; NHS "Making Data Count" by default.</param>
    /// <returns>The options.</returns>
    public static SpcOptions ForMeasure(MeasureDefinition measure, SpcMethod method = SpcMethod.Nhs)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return new SpcOptions(method, true, ImprovementDirections.From(measure.DirectionOfGood), (double?)measure.Target);
    }
}
