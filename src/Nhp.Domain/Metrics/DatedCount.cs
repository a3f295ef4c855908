using NodaTime;

namespace Nhp.Metrics;

/// <summary>
/// A figure for a measure over a stated span of dates rather than a financial quarter, as papers give activity results:
/// a count since a start date, correct at a date ("since 5th October 2020 there have been 294 Stop and Searches", in a
/// paper of 22 June 2021), or a figure standing at a date when no start is given ("8 are within the Court system").
/// Immutable; equality is by value.
/// </summary>
/// <remarks>
/// <see cref="QuarterlyObservation"/> is a figure for one financial quarter; a dated count is the one addition the
/// metrics model needs for figures whose period is whatever the paper states. Figures of the same measure at different
/// dates form a <see cref="DatedSeries"/>, which compares them (<see cref="DatedChange"/>) and can be charted against
/// their dates.
/// </remarks>
public sealed record DatedCount
{
    /// <summary>The average number of days in a month (365.2425 / 12), which <see cref="PerMonth"/> divides by.</summary>
    public const decimal DaysPerMonth = 30.436875m;

    /// <summary>The figure (zero or more for a count).</summary>
    public required decimal Value { get; init; }

    /// <summary>
    /// The first day of the period counted, or null when the figure stands at <see cref="AsOf"/> (a stock, such as
    /// orders awaiting court) or the paper states no start.
    /// </summary>
    public LocalDate? Since { get; init; }

    /// <summary>The date the figure is correct at (the paper's date when it says no other); the last day counted.</summary>
    public required LocalDate AsOf { get; init; }

    /// <summary>The words the figure was taken from, verbatim, or null.</summary>
    public string? AsPrinted { get; init; }

    /// <summary>The days counted, <see cref="Since"/> to <see cref="AsOf"/> inclusive, or null without a start or when the start is after <see cref="AsOf"/>.</summary>
    public int? Days => Since is { } since && since <= AsOf ? Period.DaysBetween(since, AsOf) + 1 : null;

    /// <summary>
    /// The average per month over the period (the value divided by <see cref="Days"/> / <see cref="DaysPerMonth"/>),
    /// rounded to one decimal place half away from zero; null without a period. Figures over different periods
    /// compare by this rate.
    /// </summary>
    public decimal? PerMonth => Days is { } days ? Math.Round(Value * DaysPerMonth / days, 1, MidpointRounding.AwayFromZero) : null;

    /// <summary>The period in words: <c>5 October 2020 to 22 June 2021</c>, or <c>at 22 June 2021</c> without a start.</summary>
    public string PeriodText => Since is { } since ? Text.Wording.Date(since) + " to " + Text.Wording.Date(AsOf) : "at " + Text.Wording.Date(AsOf);
}
