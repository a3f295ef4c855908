namespace Nhp.Metrics;

/// <summary>A <see cref="MeasureSeries"/> as <see cref="PerformanceSetJson"/> stores it.</summary>
/// <param name="Measure">The measure.</param>
/// <param name="Observations">The figures of the table, oldest first.</param>
internal sealed record StoredMeasureSeries(MeasureDefinition Measure, IReadOnlyList<QuarterlyObservation> Observations)
{
    /// <summary>Figures quoted outside the table; see <see cref="MeasureSeries.ReferenceFigures"/>.</summary>
    public IReadOnlyList<QuarterlyObservation> ReferenceFigures { get; init; } = [];

    /// <summary>The paper's commentary; see <see cref="MeasureSeries.Commentary"/>.</summary>
    public IReadOnlyList<MeasureCommentary> Commentary { get; init; } = [];

    public static StoredMeasureSeries From(MeasureSeries series) =>
        new(series.Measure, series.Observations) { ReferenceFigures = series.ReferenceFigures, Commentary = series.Commentary };

    /// <exception cref="ArgumentException">Two observations share a quarter.</exception>
    public MeasureSeries ToSeries() =>
        new(Measure, Observations) { ReferenceFigures = ReferenceFigures, Commentary = Commentary };
}
