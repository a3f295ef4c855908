using NodaTime;

namespace Nhp.Metrics;

/// <summary>A <see cref="PoliceUk.MonthlyCrimeCount"/> as <see cref="PerformanceSetJson"/> stores it: a month with no count is written without <c>count</c>.</summary>
/// <param name="Month">The month.</param>
/// <param name="CrimeType">The crime type or group.</param>
internal sealed record StoredMonthlyCount(YearMonth Month, string CrimeType)
{
    /// <summary>The count, or null when the month has none.</summary>
    public int? Count { get; init; }

    public static StoredMonthlyCount From(PoliceUk.MonthlyCrimeCount c) => new(c.Month, c.CrimeType) { Count = c.Count };

    public PoliceUk.MonthlyCrimeCount ToCount() => new(Month, CrimeType, Count);
}
