using NodaTime;

namespace Nhp.PoliceUk;

/// <summary>
/// The number of crimes of one type (or group) in one month; <see cref="Count"/> is null when no data was read for
/// that month (a missing file), which is not the same as zero. Immutable; equality by value.
/// </summary>
/// <param name="Month">The month.</param>
/// <param name="CrimeType">The police.uk crime type, or a group's name.</param>
/// <param name="Count">The count, or null when the month is missing.</param>
public sealed record MonthlyCrimeCount(YearMonth Month, string CrimeType, int? Count);
