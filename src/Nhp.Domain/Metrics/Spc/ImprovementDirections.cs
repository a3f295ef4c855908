namespace Nhp.Metrics.Spc;

/// <summary>The SPC improvement direction of a measure, decided in one place from its direction of good.</summary>
public static class ImprovementDirections
{
    /// <summary>
    /// The improvement direction that matches <paramref name="direction"/>: higher is better is
    /// <see cref="ImprovementDirection.Increase"/>, lower is better <see cref="ImprovementDirection.Decrease"/>, and
    /// a measure with no better direction <see cref="ImprovementDirection.Neutral"/>.
    /// </summary>
    /// <param name="direction">The measure's direction of good.</param>
    /// <returns>The improvement direction.</returns>
    public static ImprovementDirection From(DirectionOfGood direction) => direction switch
    {
        DirectionOfGood.Higher => ImprovementDirection.Increase,
        DirectionOfGood.Lower => ImprovementDirection.Decrease,
        _ => ImprovementDirection.Neutral,
    };
}
