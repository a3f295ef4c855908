namespace Nhp.Metrics.Spc;

/// <summary>A statistical process control method. See <see cref="SpcAnalysis"/> for the formulas and sources.</summary>
public enum SpcMethod
{
    /// <summary>The seed's own rules (Appendix A of the Q3 2023/24 performance report): mean ± 2 standard deviations.</summary>
    Sd2,

    /// <summary>NHS England "Making Data Count" XmR chart as implemented by the R package NHSRplotthedots.</summary>
    Nhs,

    /// <summary>The I chart of the R package qicharts2 with Anhøj's runs rules.</summary>
    Anhoej,
}
