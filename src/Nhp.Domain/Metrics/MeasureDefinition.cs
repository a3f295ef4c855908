namespace Nhp.Metrics;

/// <summary>
/// What a performance measure is and how it is counted: the contract a figure in a committee paper must meet.
/// Immutable; equality is by value (two definitions with the same text are equal).
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
    string? BenchmarkText = null);
