using System.Globalization;

namespace Nhp.Metrics;

/// <summary>
/// A measure and its dated figures (<see cref="DatedCount"/>), oldest first: the same activity counted in papers of
/// different dates, so it can be charted against its dates and compared over time. Immutable.
/// </summary>
public sealed record DatedSeries
{
    /// <summary>Creates a series; the figures are sorted by <see cref="DatedCount.AsOf"/>, then by start.</summary>
    /// <param name="measure">The measure the figures are of.</param>
    /// <param name="counts">The figures; at most one per as-of date and start.</param>
    /// <exception cref="ArgumentException">Two figures share an as-of date and a start.</exception>
    public DatedSeries(MeasureDefinition measure, IEnumerable<DatedCount> counts)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(counts);
        var sorted = counts.OrderBy(c => c.AsOf).ThenBy(c => c.Since ?? c.AsOf).ToArray();
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].AsOf == sorted[i - 1].AsOf && sorted[i].Since == sorted[i - 1].Since)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Two figures of {measure.Id} for the same period ({sorted[i].PeriodText})."), nameof(counts));
            }
        }

        Measure = measure;
        Counts = sorted;
    }

    /// <summary>The measure.</summary>
    public MeasureDefinition Measure { get; }

    /// <summary>The figures, oldest first.</summary>
    public IReadOnlyList<DatedCount> Counts { get; }

    /// <summary>The latest figure, or null when there is none.</summary>
    public DatedCount? Latest => Counts.Count == 0 ? null : Counts[^1];

    /// <summary>Each figure against the one before it, oldest first; empty with fewer than two figures.</summary>
    /// <returns>One change per consecutive pair.</returns>
    public IReadOnlyList<DatedChange> Changes() => [.. Counts.Skip(1).Select((c, i) => new DatedChange(Counts[i], c))];
}
