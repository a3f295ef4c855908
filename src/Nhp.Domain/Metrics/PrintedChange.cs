using Nhp.Periods;

namespace Nhp.Metrics;

/// <summary>
/// A quarter-on-quarter change as a paper printed it, verbatim, with the percentage it gave. Immutable.
/// </summary>
/// <param name="MeasureId">The measure's id.</param>
/// <param name="Period">The later quarter; the change is from the quarter before.</param>
/// <param name="Text">The sentence as printed.</param>
/// <param name="PrintedPercent">The percentage the paper gave, without sign (e.g. 18 for "18%").</param>
public sealed record PrintedChange(string MeasureId, FinancialQuarter Period, string Text, decimal PrintedPercent);
