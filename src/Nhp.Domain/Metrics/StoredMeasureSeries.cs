namespace Nhp.Metrics;

/// <summary>A <see cref="MeasureSeries"/> as <see cref="PerformanceSetJson"/> stores it.</summary>
/// <param name="Measure">The measure.</param>
/// <param name="Observations">The figures of the table, oldest first.</param>
internal sealed record StoredMeasureSeries(MeasureDefinition Measure, IReadOnlyList<StoredObservation> Observations)
{
    /// <summary>Figures quoted outside the table; see <see cref="MeasureSeries.ReferenceFigures"/>.</summary>
    // Missing from the file reads as none: the generated deserializer sets init properties to null when absent.
    public IReadOnlyList<StoredObservation> ReferenceFigures { get => referenceFigures; init => referenceFigures = value ?? []; }

    /// <summary>The paper's commentary; see <see cref="MeasureSeries.Commentary"/>.</summary>
    public IReadOnlyList<MeasureCommentary> Commentary { get => commentary; init => commentary = value ?? []; }

    private readonly IReadOnlyList<StoredObservation> referenceFigures = [];

    private readonly IReadOnlyList<MeasureCommentary> commentary = [];

    public static StoredMeasureSeries From(MeasureSeries series) =>
        new(series.Measure, [.. series.Observations.Select(StoredObservation.From)])
        {
            ReferenceFigures = [.. series.ReferenceFigures.Select(StoredObservation.From)],
            Commentary = series.Commentary,
        };

    /// <exception cref="ArgumentException">Two observations share a quarter.</exception>
    public MeasureSeries ToSeries() =>
        new(Measure.Comparisons is null ? Measure with { Comparisons = [] } : Measure, Observations.Select(o => o.ToObservation()))
        {
            ReferenceFigures = [.. ReferenceFigures.Select(o => o.ToObservation())],
            Commentary = Commentary,
        };
}
