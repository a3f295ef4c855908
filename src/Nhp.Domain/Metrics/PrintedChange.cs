using Nhp.Periods;

namespace Nhp.Metrics;

/// <summary>
/// A change as a paper printed it, verbatim, with the percentage it gave. Immutable.
/// </summary>
/// <param name="MeasureId">The measure's id.</param>
/// <param name="Period">The later quarter; the change is from the base <see cref="Comparison"/> names.</param>
/// <param name="Text">The sentence as printed.</param>
/// <param name="PrintedPercent">The percentage the paper gave, without sign (e.g. 18 for "18%").</param>
public sealed record PrintedChange(string MeasureId, FinancialQuarter Period, string Text, decimal PrintedPercent)
{
    /// <summary>
    /// What the paper compared with: the previous quarter (the default), the same quarter a year earlier, an average,
    /// a stated quarter, a peak, an average change per quarter.
    /// </summary>
    public MeasureComparison Comparison { get; init; } = MeasureComparison.PreviousQuarter;

    /// <summary>The difference the paper printed beside the percentage, with its sign (−80 for "(-80)"), or null when it printed none.</summary>
    public decimal? PrintedDifference { get; init; }

    /// <summary>
    /// The change the paper's own difference implies when its base figure is not given: the base is the later value
    /// minus <see cref="PrintedDifference"/> ("a decrease of 16% (-80) since Q2 22/23" with 409 in Q3 implies 489), so
    /// the printed percentage can still be checked. The result is marked by its kind and comparison like a computed
    /// one; the base is derived, not printed, and a report must say so.
    /// </summary>
    /// <param name="value">The later value (the measure's figure for <see cref="Period"/>).</param>
    /// <returns>
    /// The implied change, or null when no difference was printed or the comparison is an average change per quarter or
    /// a year to date (whose later value is a total, not <paramref name="value"/>).
    /// </returns>
    public Change? ImpliedChange(decimal value)
    {
        if (PrintedDifference is not { } difference || Comparison.Kind is ChangeKind.AverageChangePerQuarter or ChangeKind.YearToDate)
        {
            return null;
        }

        var basePeriod = Comparison.Kind switch
        {
            ChangeKind.PeriodOnPeriod => Period.Previous,
            ChangeKind.YearOnYear => Period.SamePeriodLastYear,
            ChangeKind.SinceQuarter or ChangeKind.SincePeak => Comparison.From,
            _ => (FinancialQuarter?)null,
        };
        return new Change(Comparison.Kind, basePeriod, value - difference, Period, value) { Comparison = Comparison };
    }

    /// <summary>
    /// How the printed percentage relates to <paramref name="change"/>: it agrees with the change against the earlier
    /// figure (both rounded to whole numbers, half away from zero); or it is the change as a share of the later figure,
    /// the usual slip (368 to 447 printed as 18%: 79/447); or the change against the earlier figure cut rather than
    /// rounded (4,751 to 4,372 printed as 7%: 7.98%); or none of these. Only the size is compared, not the sign.
    /// </summary>
    /// <param name="change">The computed change for the same measure and quarter.</param>
    /// <returns>The verdict; <see cref="PrintedPercentCheck.CannotCheck"/> when the earlier figure is zero.</returns>
    public PrintedPercentCheck Check(Change change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.WholePercent is not { } ours)
        {
            return PrintedPercentCheck.CannotCheck;
        }

        if (ours == PrintedPercent)
        {
            return PrintedPercentCheck.Agrees;
        }

        if (change.PercentOfLater is { } ofLater && Math.Round(Math.Abs(ofLater), 0, MidpointRounding.AwayFromZero) == PrintedPercent)
        {
            return PrintedPercentCheck.ShareOfLaterFigure;
        }

        return change.Percent is { } percent && Math.Truncate(Math.Abs(percent)) == PrintedPercent
            ? PrintedPercentCheck.Truncated
            : PrintedPercentCheck.DoesNotMatch;
    }
}
