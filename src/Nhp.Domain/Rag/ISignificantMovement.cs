namespace Nhp.Rag;

/// <summary>
/// Decides whether a measure's latest movement is a real change rather than noise, for <see cref="TrendKey"/>. The
/// statistics (for example SPC exceptions) are supplied by the caller, so the trend key does not depend on any one
/// method. Implementations should be thread-safe and deterministic.
/// </summary>
public interface ISignificantMovement
{
    /// <summary>Whether the latest movement of the series is significant.</summary>
    /// <param name="values">The measure's values in time order, oldest first; at least two.</param>
    /// <returns>True when the movement from the previous to the latest value is a signal, not noise.</returns>
    bool IsSignificant(IReadOnlyList<double> values);
}
