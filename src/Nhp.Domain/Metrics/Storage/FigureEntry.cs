using Nhp.Periods;

namespace Nhp.Metrics.Storage;

/// <summary>One quarter's figure in an <c>nhp-performance</c> file; a null value is a gap.</summary>
internal sealed record FigureEntry(FinancialQuarter Quarter)
{
    public decimal? Value { get; init; }

    public string? AsPrinted { get; init; }

    public decimal? Numerator { get; init; }

    public decimal? Denominator { get; init; }
}
