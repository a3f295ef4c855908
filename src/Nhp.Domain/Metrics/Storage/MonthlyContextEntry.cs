using NodaTime;

namespace Nhp.Metrics.Storage;

/// <summary>One month of public context data in an <c>nhp-performance</c> file.</summary>
internal sealed record MonthlyContextEntry(string Series, YearMonth Month)
{
    public int? Count { get; init; }
}
