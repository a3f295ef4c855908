namespace Nhp.PoliceUk;

/// <summary>A month (<see cref="MonthIndex"/>) and a crime type as written.</summary>
/// <param name="Month">The month index.</param>
/// <param name="CrimeType">The crime type.</param>
internal sealed record CountKey(int Month, string CrimeType);
