namespace Nhp.Metrics.Spc;

/// <summary>One point of an SPC chart. Immutable; equality by value.</summary>
/// <param name="Index">The 0-based position in the series.</param>
/// <param name="Value">The value.</param>
/// <param name="Signals">The rules it breaks.</param>
/// <param name="PointType">Its type under the NHS method, or null for the other methods.</param>
public sealed record SpcPoint(int Index, double Value, SpcSignals Signals, SpcPointType? PointType);
