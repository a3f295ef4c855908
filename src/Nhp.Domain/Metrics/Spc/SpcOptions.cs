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
    double? Target = null);
