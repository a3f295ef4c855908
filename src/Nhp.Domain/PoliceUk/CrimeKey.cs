namespace Nhp.PoliceUk;

/// <summary>One crime of a month and force held by two files: its crime ID (or whole row) and crime type.</summary>
/// <param name="Group">The month and force.</param>
/// <param name="Crime">"id:" and the crime ID, or "row:" and the whole row when it has none.</param>
/// <param name="CrimeType">The crime type.</param>
internal sealed record CrimeKey(GroupKey Group, string Crime, string CrimeType);
