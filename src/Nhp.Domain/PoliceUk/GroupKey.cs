namespace Nhp.PoliceUk;

/// <summary>A month (<see cref="MonthIndex"/>) and a force (<c>Reported by</c>, empty when the file has no such column).</summary>
/// <param name="Month">The month index.</param>
/// <param name="Force">The force as written.</param>
internal sealed record GroupKey(int Month, string Force);
