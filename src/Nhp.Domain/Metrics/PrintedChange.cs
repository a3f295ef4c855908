using Nhp.Periods;

namespace Nhp.Metrics;

/// <summary>
/// A change as a paper printed it, verbatim, with the percentage it gave. Immutable.
/// </summary>
/// <param name="MeasureId">The measure's id.</param>
/// <param name="Period">The later quarter; the change is from the base <see cref="Kind"/> names.</param>
/// <param name="Text">The sentence as printed.</param>
/// <param name="PrintedPercent">The percentage the paper gave, without sign (e.g. 18 for "18%").</param>
public sealed record PrintedChange(string MeasureId, FinancialQuarter Period, string Text, decimal PrintedPercent)
{
    /// <summary>What the paper compared with: the previous quarter (the default), the same quarter a year earlier, or an average.</summary>
    public ChangeKind Kind { get; init; } = ChangeKind.PeriodOnPeriod;

    /// <summary>
    /// How the printed percentage relates to <paramref name="change"/>: it agrees with the change against the earlier
    /// figure (both rounded to whole numbers, half away from zero); or it is the change as a share of the later figure,
    /// the usual slip (368 to 447 printed as 18%: 79/447); or neither. Only the size is compared, not the sign.
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

        return change.PercentOfLater is { } ofLater && Math.Round(Math.Abs(ofLater), 0, MidpointRounding.AwayFromZero) == PrintedPercent
            ? PrintedPercentCheck.ShareOfLaterFigure
            : PrintedPercentCheck.DoesNotMatch;
    }
}
