using Nhp.Periods;

namespace Nhp.Metrics;

/// <summary>
/// One quarter's figure for a measure, with the text it was read from kept verbatim. Immutable; equality by value.
/// </summary>
/// <param name="Period">The financial quarter.</param>
/// <param name="Value">The value in the measure's unit, or null when the quarter has no figure (a gap).</param>
/// <param name="AsPrinted">The figure exactly as printed (e.g. <c>1,101</c> or <c>95.5%</c>), or null.</param>
/// <param name="Numerator">For a percentage or rate: the numerator, when known.</param>
/// <param name="Denominator">For a percentage or rate: the denominator, when known.</param>
public sealed record QuarterlyObservation(
    FinancialQuarter Period,
    decimal? Value,
    string? AsPrinted = null,
    decimal? Numerator = null,
    decimal? Denominator = null);
