namespace Nhp.Metrics.Spc;

/// <summary>
/// The result of an SPC analysis: limits, points with their signals, and the method-specific parts; or, when the data
/// cannot support a judgement, a "not enough data" answer with the reason and no signals. Immutable.
/// </summary>
[Nhp.Display.TypeFormatterSource(typeof(Nhp.Display.NotebookFormatterSource))]
public sealed class SpcResult : IMovementSignificance
{
    internal SpcResult(SpcOptions options, string reason)
    {
        Options = options;
        NotEnoughDataReason = reason;
        Points = [];
    }

    internal SpcResult(
        SpcOptions options,
        double centre,
        double lower,
        double upper,
        IReadOnlyList<SpcPoint> points,
        SpcRunsAnalysis? runs,
        SpcPointType? variation,
        SpcAssurance? assurance)
    {
        Options = options;
        Centre = centre;
        LowerLimit = lower;
        UpperLimit = upper;
        Points = points;
        Runs = runs;
        Variation = variation;
        Assurance = assurance;
    }

    /// <summary>The options the analysis ran with.</summary>
    public SpcOptions Options { get; }

    /// <summary>The method.</summary>
    public SpcMethod Method => Options.Method;

    /// <summary>False when the data could not support a judgement; see <see cref="NotEnoughDataReason"/>.</summary>
    public bool HasEnoughData => NotEnoughDataReason is null;

    /// <summary>Why no judgement was made (too few points, no variation, a missing value), or null.</summary>
    public string? NotEnoughDataReason { get; }

    /// <summary>The centre line (the mean), or null when there was not enough data.</summary>
    public double? Centre { get; }

    /// <summary>The lower control (process) limit, or null when there was not enough data.</summary>
    public double? LowerLimit { get; }

    /// <summary>The upper control (process) limit, or null when there was not enough data.</summary>
    public double? UpperLimit { get; }

    /// <summary>The points in order; empty when there was not enough data.</summary>
    public IReadOnlyList<SpcPoint> Points { get; }

    /// <summary>Anhøj's runs analysis (method <see cref="SpcMethod.Anhoej"/> only), else null.</summary>
    public SpcRunsAnalysis? Runs { get; }

    /// <summary>The NHS variation icon: the type of the last point (method <see cref="SpcMethod.Nhs"/> only), else null.</summary>
    public SpcPointType? Variation { get; }

    /// <summary>The NHS assurance icon (method <see cref="SpcMethod.Nhs"/> with a target and a direction), else null.</summary>
    public SpcAssurance? Assurance { get; }

    /// <summary>
    /// True when there are limits but they rest on fewer points than <see cref="SpcOptions.MinimumPointsForLimits"/>
    /// (13 by default): they are trial limits that will move with each new point. The one answer to "are these limits
    /// trial limits?" for the CLI and every report.
    /// </summary>
    public bool IsTrial => HasEnoughData && Points.Count < Options.MinimumPointsForLimits;

    /// <summary>
    /// <see cref="IsTrial"/> for the NHS method only: NHSRplotthedots' short-baseline warning, as <c>nhp spc --json</c>
    /// writes it.
    /// </summary>
    public bool ShortBaseline => Method == SpcMethod.Nhs && IsTrial;

    /// <summary>
    /// This result as a judgement of the latest movement, or null when it cannot be one: when there are no limits
    /// (<see cref="HasEnoughData"/> is false) or only trial limits (<see cref="IsTrial"/>). A trend rule given null
    /// relies on its tolerance alone (see <c>Nhp.Rag.TrendKey.Judge</c>).
    /// </summary>
    public IMovementSignificance? SignificanceForTrend => HasEnoughData && !IsTrial ? this : null;

    /// <inheritdoc />
    public bool IsSignificant => Points.Count > 0 && Points[^1].Signals != SpcSignals.None;

    /// <inheritdoc />
    public int SignalDirection
    {
        get
        {
            if (!IsSignificant)
            {
                return 0;
            }

            var last = Points[^1];
            if (last.Signals == SpcSignals.Trend && Points.Count > 1)
            {
                return Math.Sign(last.Value - Points[^2].Value);
            }

            return Math.Sign(last.Value - Centre!.Value);
        }
    }

    /// <inheritdoc />
    public string Explanation
    {
        get
        {
            if (!HasEnoughData)
            {
                return "No SPC judgement: " + NotEnoughDataReason;
            }

            if (!IsSignificant)
            {
                return "The latest point shows common-cause variation only.";
            }

            return "The latest point is a special cause: " + SpcSignalIds.Describe(Points[^1].Signals) + ".";
        }
    }
}
