using Nhp.Periods;

namespace Nhp.Metrics.Storage;

/// <summary>One printed change in an <c>nhp-performance</c> file.</summary>
internal sealed record PrintedChangeEntry(string MeasureId, FinancialQuarter Quarter, string Text, decimal PrintedPercent)
{
    public MeasureComparison? Comparison { get; init; }

    public decimal? PrintedDifference { get; init; }
}
