using Nhp.Delivery;

namespace Nhp.Integrity;

/// <summary>
/// A configurable rule for judging a compliance rate against a target, that also looks at the uncertainty: green at or
/// above the target; amber within a band below it; red below the band, unless the confidence interval still reaches
/// the target, in which case the sample cannot tell and the rating is amber, never red. Immutable.
/// </summary>
/// <remarks>
/// The defaults (target 95%, amber band 5 points, Wilson 95% interval) are this library's defaults, chosen to make the
/// rule usable out of the box. They are not a national standard: neither the Home Office Counting Rules nor HMICFRS set
/// a numeric compliance target. Set <see cref="Target"/> to the force's own.
/// </remarks>
public sealed record CompliancePolicy
{
    private readonly double target = 0.95;
    private readonly double amberBand = 0.05;
    private readonly double confidence = 0.95;

    /// <summary>The policy with every default.</summary>
    public static CompliancePolicy Default { get; } = new();

    /// <summary>The target rate, greater than 0 and at most 1; 0.95 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init, a value outside (0, 1].</exception>
    public double Target
    {
        get => target;
        init => target = value > 0.0 && value <= 1.0 ? value : throw new ArgumentOutOfRangeException(nameof(Target), value, "The target must be a rate greater than 0 and at most 1, e.g. 0.92.");
    }

    /// <summary>How far below the target a rate is still amber, 0 to 1; 0.05 (five percentage points) by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init, a value outside [0, 1].</exception>
    public double AmberBand
    {
        get => amberBand;
        init => amberBand = value >= 0.0 && value <= 1.0 ? value : throw new ArgumentOutOfRangeException(nameof(AmberBand), value, "The amber band must be between 0 and 1, e.g. 0.05.");
    }

    /// <summary>The interval method; Wilson by default.</summary>
    public IntervalMethod Method { get; init; } = IntervalMethod.Wilson;

    /// <summary>The confidence level of the interval, strictly between 0 and 1; 0.95 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init, a value outside (0, 1).</exception>
    public double Confidence
    {
        get => confidence;
        init => confidence = value > 0.0 && value < 1.0 ? value : throw new ArgumentOutOfRangeException(nameof(Confidence), value, "The confidence level must be strictly between 0 and 1, e.g. 0.95.");
    }

    /// <summary>
    /// The rate with its interval (by <see cref="Method"/> at <see cref="Confidence"/>) and its margin of error (the
    /// normal-approximation half-width at <see cref="Confidence"/>): the figures a report prints beside the rate.
    /// </summary>
    /// <param name="compliance">Recorded of disclosed.</param>
    /// <returns>The interval and the margin.</returns>
    public ComplianceEstimate Estimate(Proportion compliance) =>
        new(compliance.Interval(Method, Confidence), compliance.Interval(IntervalMethod.NormalApproximation, Confidence));

    /// <summary>Judges a compliance rate.</summary>
    /// <param name="compliance">Recorded of disclosed.</param>
    /// <returns>The rating, where the interval lies relative to the target, and a sentence saying so.</returns>
    public ComplianceJudgement Judge(Proportion compliance)
    {
        var interval = Estimate(compliance).Interval;
        var evidence = interval.Lower >= Target ? TargetEvidence.Meets
            : interval.Upper < Target ? TargetEvidence.Misses
            : TargetEvidence.Inconclusive;
        var rating = interval.Rate >= Target ? RagStatus.Green
            : interval.Rate >= Target - AmberBand || evidence == TargetEvidence.Inconclusive ? RagStatus.Amber
            : RagStatus.Red;
        return new ComplianceJudgement(interval, Target, rating, evidence);
    }
}
