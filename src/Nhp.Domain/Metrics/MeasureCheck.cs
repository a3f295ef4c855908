using Nhp.Periods;

namespace Nhp.Metrics;

/// <summary>
/// What the performance rules judge (<see cref="PerformanceRules"/>): a measure's series at the quarter reported on,
/// with an optional statistical judgement of its latest point. Immutable.
/// </summary>
/// <param name="Series">The measure and its figures.</param>
/// <param name="Quarter">The quarter reported on.</param>
/// <param name="Significance">The SPC result (or another judgement) of the latest point, or null to leave the trend to the tolerance alone.</param>
public sealed record MeasureCheck(MeasureSeries Series, FinancialQuarter Quarter, IMovementSignificance? Significance = null);
