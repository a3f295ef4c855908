using NodaTime;

namespace Nhp.Metrics;

/// <summary>
/// How a measure's dated figure moved from an earlier one (<see cref="Earlier"/>, the base) to a later one: the
/// difference, the change in the rate per month, and, when both count from the same start (a running total since a
/// go-live date), what was added between the two dates. Percentages are of the earlier figure. Immutable; equality by
/// value.
/// </summary>
/// <param name="Earlier">The earlier figure (the base).</param>
/// <param name="Later">The later figure.</param>
public sealed record DatedChange(DatedCount Earlier, DatedCount Later)
{
    /// <summary>Later value minus earlier value.</summary>
    public decimal Difference => Later.Value - Earlier.Value;

    /// <summary>Whether both figures count from the same stated start, so the later includes the earlier.</summary>
    public bool IsRunningTotal => Earlier.Since is { } a && Later.Since is { } b && a == b && Earlier.AsOf < Later.AsOf;

    /// <summary>
    /// For a running total: what was counted after the earlier date, to the later date (<see cref="Difference"/> over
    /// the day after <see cref="DatedCount.AsOf"/> of <see cref="Earlier"/> to that of <see cref="Later"/>); null otherwise.
    /// </summary>
    public DatedCount? Added => IsRunningTotal
        ? new DatedCount { Value = Difference, Since = Earlier.AsOf.PlusDays(1), AsOf = Later.AsOf }
        : null;

    /// <summary>The later rate per month minus the earlier, or null when either has no period.</summary>
    public decimal? PerMonthDifference => Earlier.PerMonth is { } a && Later.PerMonth is { } b ? b - a : null;

    /// <summary>
    /// The change in the rate per month as a percentage of the earlier rate (for a running total, the rate of what was
    /// <see cref="Added"/> against the earlier rate), or null when a rate is missing or the earlier rate is zero.
    /// </summary>
    public decimal? PerMonthPercent
    {
        get
        {
            var later = Added?.PerMonth ?? Later.PerMonth;
            return Earlier.PerMonth is { } before && before != 0 && later is { } after ? (after - before) / before * 100m : null;
        }
    }

    /// <summary>The days between the two figures' dates.</summary>
    public int DaysBetween => Period.DaysBetween(Earlier.AsOf, Later.AsOf);
}
