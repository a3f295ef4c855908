namespace Nhp.Metrics;

/// <summary>The words for a measure's unit and direction of good, as the performance report and the CLI write them.</summary>
public static class MeasureWording
{
    /// <summary>The unit in words: <c>count</c>, <c>percentage</c>, <c>rate</c>, <c>score</c>, <c>hours</c>, <c>money</c>.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The word.</returns>
    public static string Unit(MeasureUnit unit) => unit switch
    {
        MeasureUnit.Count => "count",
        MeasureUnit.Percentage => "percentage",
        MeasureUnit.Rate => "rate",
        MeasureUnit.Score => "score",
        MeasureUnit.Hours => "hours",
        _ => "money",
    };

    /// <summary>The direction of good in words: <c>higher is better</c>, <c>lower is better</c>, <c>no direction is better</c>.</summary>
    /// <param name="direction">The direction.</param>
    /// <returns>The phrase.</returns>
    public static string Direction(DirectionOfGood direction) => direction switch
    {
        DirectionOfGood.Higher => "higher is better",
        DirectionOfGood.Lower => "lower is better",
        _ => "no direction is better",
    };
}
