namespace Nhp.Metrics;

/// <summary>
/// What a performance measure is and how it is counted: the contract a figure in a committee paper must meet.
/// Immutable; equality is by value (two definitions with the same text, values, tolerances and comparisons are equal).
/// </summary>
/// <param name="Id">A stable lower-case id, e.g. <c>violent-crime</c>.</param>
/// <param name="Name">The measure's name as printed in the paper, e.g. <c>Reduce Violent Crime</c>.</param>
/// <param name="Subject">What the values are of, as it starts a sentence, e.g. <c>Violent crime</c>.</param>
/// <param name="Definition">A plain-English definition.</param>
/// <param name="CountingRule">How a value is counted or calculated.</param>
/// <param name="Unit">The unit of the values.</param>
/// <param name="DirectionOfGood">Which way is better.</param>
/// <param name="Frequency">How often it is reported.</param>
/// <param name="Priority">The Policing Plan priority or strategy objective the measure serves.</param>
/// <param name="DataSource">Where the values come from.</param>
/// <param name="Target">A target value in the measure's unit (e.g. 95 for 95%), or null.</param>
/// <param name="Benchmark">A comparison value such as a national average (e.g. 11.3 for 11.3%), or null.</param>
/// <param name="BenchmarkText">What <paramref name="Benchmark"/> is, as printed, or null.</param>
public sealed record MeasureDefinition(
    string Id,
    string Name,
    string Subject,
    string Definition,
    string CountingRule,
    MeasureUnit Unit,
    DirectionOfGood DirectionOfGood,
    MeasureFrequency Frequency,
    string Priority,
    string DataSource,
    decimal? Target = null,
    decimal? Benchmark = null,
    string? BenchmarkText = null)
{
    /// <summary>
    /// The target or benchmark in the paper's own words, verbatim (e.g. <c>To maintain (95% target)</c>,
    /// <c>remains above the national average</c>), or null when the paper states none. <see cref="Target"/> and
    /// <see cref="Benchmark"/> are what was read from it.
    /// </summary>
    public string? TargetText { get; init; }

    /// <summary>
    /// The SPC method the measure's chart uses. Defaults to <see cref="Spc.SpcMethod.Sd2"/>, the method the Policing
    /// Plan paper defines (mean ± 2 standard deviations); a dataset may choose another per measure.
    /// </summary>
    public Spc.SpcMethod ChartMethod { get; init; } = Spc.SpcMethod.Sd2;

    /// <summary>
    /// The comparisons the paper makes for this measure, in its order (e.g. the same quarter a year earlier for the
    /// national fraud outcomes, the average for anti-social behaviour, "since Q1" and "since the Q2 22/23 peak" for
    /// neighbourhood crime); empty when it makes none.
    /// </summary>
    public IReadOnlyList<MeasureComparison> Comparisons { get; init; } = [];

    /// <summary>
    /// The comparison the trend arrow judges (rule <see cref="PerformanceRules.TrendArrow"/>): by default the previous
    /// quarter (<see cref="MeasureComparison.PreviousQuarter"/>); a measure the paper judges year on year names
    /// <see cref="MeasureComparison.YearOnYear"/>.
    /// </summary>
    public MeasureComparison TrendComparison { get; init; } = MeasureComparison.PreviousQuarter;

    /// <summary>
    /// How far the figure may be on the wrong side of the target or benchmark and still be AMBER rather than RED (rule
    /// <see cref="PerformanceRules.TargetRag"/>): in percentage points for a percentage measure, otherwise in percent of
    /// the target. Null uses Nhp's defaults, <see cref="Rag.TrendKey.DefaultTolerancePoints"/> percentage point and
    /// <see cref="Rag.TrendKey.DefaultTolerancePercent"/>% of the target; zero makes every miss RED.
    /// </summary>
    public decimal? TargetTolerance { get; init; }

    /// <summary>
    /// The largest movement the trend arrow treats as "within tolerance" (amber): in percentage points for a percentage
    /// measure, otherwise in percent of the base figure. Null uses Nhp's defaults (<see cref="Rag.TrendKey.Default"/>:
    /// <see cref="Rag.TrendKey.DefaultTolerancePoints"/> percentage point, <see cref="Rag.TrendKey.DefaultTolerancePercent"/>%).
    /// </summary>
    public decimal? TrendTolerance { get; init; }

    /// <summary>
    /// For a rate: the id of the measure that is its denominator (e.g. crimes recorded for the positive outcome rate),
    /// or null.
    /// </summary>
    public string? DenominatorId { get; init; }

    /// <summary>Whether <paramref name="other"/> has the same text, values and comparisons (compared item by item).</summary>
    /// <param name="other">The other definition.</param>
    /// <returns>True when every property is equal.</returns>
    public bool Equals(MeasureDefinition? other) =>
        other is not null
        && (Id, Name, Subject, Definition, CountingRule, Unit, DirectionOfGood, Frequency, Priority, DataSource)
            == (other.Id, other.Name, other.Subject, other.Definition, other.CountingRule, other.Unit, other.DirectionOfGood, other.Frequency, other.Priority, other.DataSource)
        && (Target, Benchmark, BenchmarkText, TargetText, ChartMethod, DenominatorId)
            == (other.Target, other.Benchmark, other.BenchmarkText, other.TargetText, other.ChartMethod, other.DenominatorId)
        && (TrendComparison, TargetTolerance, TrendTolerance) == (other.TrendComparison, other.TargetTolerance, other.TrendTolerance)
        && Comparisons.SequenceEqual(other.Comparisons);

    /// <summary>A hash consistent with <see cref="Equals(MeasureDefinition?)"/>.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => HashCode.Combine(Id, Name, Unit, DirectionOfGood, Target, Benchmark, ChartMethod, Comparisons.Count);
}
