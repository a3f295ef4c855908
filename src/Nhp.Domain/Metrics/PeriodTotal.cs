using Nhp.Periods;

namespace Nhp.Metrics;

/// <summary>
/// A total of a measure over a run of quarters that a paper quotes in its text rather than in its table ("4,751 YTD
/// recorded for the prior year period": Q1 to Q3 2022/23), with the words printed for it. Immutable; equality by value.
/// </summary>
/// <param name="From">The first quarter of the total.</param>
/// <param name="To">The last quarter of the total, at or after <paramref name="From"/>.</param>
/// <param name="Value">The total.</param>
/// <param name="AsPrinted">The figure as the paper printed it ("4,751"), or null.</param>
public sealed record PeriodTotal(FinancialQuarter From, FinancialQuarter To, decimal Value, string? AsPrinted = null)
{
    /// <summary>The span in words: <c>Q1 to Q3 2022/23</c>, or <c>Q4 2022/23 to Q1 2023/24</c> across years.</summary>
    public string Span => Spans(From, To);

    /// <summary>Writes a run of quarters in words: <c>Q1 to Q3 2022/23</c>, <c>Q3 2022/23</c> for one quarter.</summary>
    /// <param name="from">The first quarter.</param>
    /// <param name="to">The last quarter.</param>
    /// <returns>The words.</returns>
    internal static string Spans(FinancialQuarter from, FinancialQuarter to) =>
        from == to ? from.ToString()
        : from.Year == to.Year ? $"Q{from.Quarter} to {to}"
        : $"{from} to {to}";
}
