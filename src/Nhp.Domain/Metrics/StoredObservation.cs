using Nhp.Periods;

namespace Nhp.Metrics;

/// <summary>
/// A <see cref="QuarterlyObservation"/> as <see cref="PerformanceSetJson"/> stores it: a quarter with no figure (a gap)
/// is written without <c>value</c>.
/// </summary>
/// <param name="Period">The quarter.</param>
internal sealed record StoredObservation(FinancialQuarter Period)
{
    /// <summary>The figure, or null for a gap.</summary>
    public decimal? Value { get; init; }

    /// <summary>The figure as printed, or null.</summary>
    public string? AsPrinted { get; init; }

    /// <summary>The numerator of a rate, or null.</summary>
    public decimal? Numerator { get; init; }

    /// <summary>The denominator of a rate, or null.</summary>
    public decimal? Denominator { get; init; }

    public static StoredObservation From(QuarterlyObservation o) =>
        new(o.Period) { Value = o.Value, AsPrinted = o.AsPrinted, Numerator = o.Numerator, Denominator = o.Denominator };

    public QuarterlyObservation ToObservation() => new(Period, Value, AsPrinted, Numerator, Denominator);
}
