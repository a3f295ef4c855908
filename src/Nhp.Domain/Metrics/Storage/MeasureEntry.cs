using Nhp.Metrics.Spc;

namespace Nhp.Metrics.Storage;

/// <summary>
/// One measure of an <c>nhp-performance</c> file: its definition, figures and commentary. Optional members are
/// nullable without initialisers because the source-generated reader sets a missing init-only member to its default.
/// </summary>
internal sealed record MeasureEntry(string Id, string Name, MeasureUnit Unit, DirectionOfGood DirectionOfGood)
{
    public string? Subject { get; init; }

    public string? Definition { get; init; }

    public string? CountingRule { get; init; }

    public MeasureFrequency? Frequency { get; init; }

    public string? Priority { get; init; }

    public string? DataSource { get; init; }

    public decimal? Target { get; init; }

    public decimal? Benchmark { get; init; }

    public string? BenchmarkText { get; init; }

    public string? TargetText { get; init; }

    public decimal? TargetTolerance { get; init; }

    public decimal? TrendTolerance { get; init; }

    public SpcMethod? ChartMethod { get; init; }

    public IReadOnlyList<MeasureComparison>? Comparisons { get; init; }

    public MeasureComparison? TrendComparison { get; init; }

    public string? DenominatorId { get; init; }

    public IReadOnlyList<FigureEntry>? Figures { get; init; }

    public IReadOnlyList<FigureEntry>? ReferenceFigures { get; init; }

    /// <summary>Totals over several quarters quoted in the paper's text (<see cref="MeasureSeries.ReferenceTotals"/>).</summary>
    public IReadOnlyList<TotalEntry>? ReferenceTotals { get; init; }

    public IReadOnlyList<CommentaryEntry>? Commentary { get; init; }
}
