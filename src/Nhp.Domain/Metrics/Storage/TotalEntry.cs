using Nhp.Periods;

namespace Nhp.Metrics.Storage;

/// <summary>A total over the quarters <c>from</c> to <c>to</c> quoted in a paper's text, in an <c>nhp-performance</c> file.</summary>
internal sealed record TotalEntry(FinancialQuarter From, FinancialQuarter To, decimal Value)
{
    public string? AsPrinted { get; init; }
}
