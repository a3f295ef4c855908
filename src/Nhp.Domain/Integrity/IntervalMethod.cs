namespace Nhp.Integrity;

/// <summary>How a confidence interval for a proportion is computed. See <see cref="Proportion.Interval"/> for the formulas.</summary>
public enum IntervalMethod
{
    /// <summary>
    /// The Wilson score interval (Wilson 1927), the default: good coverage at every sample size, never outside [0, 1],
    /// and a non-zero width at 0 of n and n of n.
    /// </summary>
    Wilson = 0,

    /// <summary>
    /// The normal approximation (Wald) interval p ± z·√(p(1 − p)/n): what a "margin of error" in a committee paper usually
    /// means. Poor for small samples and rates near 0% or 100% (zero width at 0 of n and n of n); cut to [0, 1].
    /// </summary>
    NormalApproximation = 1,

    /// <summary>
    /// The Clopper–Pearson "exact" interval (Clopper and Pearson 1934) from Beta distribution quantiles: never narrower
    /// than it should be (conservative), as R's <c>binom.test</c> reports.
    /// </summary>
    ClopperPearson = 2,
}
