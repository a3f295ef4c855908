namespace Nhp.Metrics;

/// <summary>
/// Whether the latest movement of a measure is a signal rather than noise, as judged by a statistical method (for
/// example an SPC chart's special-cause rules). RAG and trend rules consume this without knowing the method.
/// </summary>
public interface IMovementSignificance
{
    /// <summary>True when the latest point is a signal that needs investigation.</summary>
    bool IsSignificant { get; }

    /// <summary>+1 when the signal is upwards (above the centre or rising), −1 downwards, 0 when there is none.</summary>
    int SignalDirection { get; }

    /// <summary>One sentence saying why, e.g. which rule fired, or why no judgement could be made.</summary>
    string Explanation { get; }
}
