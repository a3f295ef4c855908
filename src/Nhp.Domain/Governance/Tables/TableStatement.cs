using Nhp.Findings;

namespace Nhp.Governance.Tables;

/// <summary>
/// A statement in a paper's text about one of its tables, such as "More males report being a victim at 76% (n=31)":
/// the words as printed, the percentage and count it prints, and which cells of which table they describe, so a check
/// can recompute them. Immutable.
/// </summary>
public sealed record TableStatement
{
    /// <summary>The sentence as printed.</summary>
    public required string Text { get; init; }

    /// <summary>The <see cref="CrossTab.Id"/> of the table the statement describes.</summary>
    public required string TableId { get; init; }

    /// <summary>The cells counted (the statement's n).</summary>
    public required CellSelection Numerator { get; init; }

    /// <summary>
    /// The cells the percentage is of: <see cref="CellSelection.All"/> for the whole table, another selection for a
    /// part ("among those who declared"), or null when the denominator is not in the table (e.g. "of all crime").
    /// </summary>
    public CellSelection? Denominator { get; init; } = CellSelection.All;

    /// <summary>The printed percentage, or null when the statement prints none.</summary>
    public decimal? PrintedPercent { get; init; }

    /// <summary>The decimals of the printed percentage (0 for <c>76%</c>, 2 for <c>0.13%</c>).</summary>
    public int PercentDecimals { get; init; }

    /// <summary>The printed count (n), or null when the statement prints none.</summary>
    public int? PrintedCount { get; init; }

    /// <summary>Where the statement was read, when known.</summary>
    public SourceLocation? Location { get; init; }
}
