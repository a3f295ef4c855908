namespace Nhp.Metrics;

/// <summary>How a percentage a paper printed relates to the computed change (see <see cref="PrintedChange.Check"/>).</summary>
public enum PrintedPercentCheck
{
    /// <summary>The earlier figure is zero, so there is no percentage change to compare with.</summary>
    CannotCheck,

    /// <summary>The printed percentage is the change against the earlier figure, rounded to a whole number.</summary>
    Agrees,

    /// <summary>The printed percentage is the change as a share of the later figure: the paper divided by the wrong figure.</summary>
    ShareOfLaterFigure,

    /// <summary>The printed percentage matches neither.</summary>
    DoesNotMatch,

    /// <summary>
    /// The printed percentage is the change against the earlier figure cut to a whole number rather than rounded
    /// (379 of 4,751 is 7.98%, printed as 7%): the right base, the wrong rounding.
    /// </summary>
    Truncated,
}
