using Nhp.Periods;

namespace Nhp.Engagement;

/// <summary>
/// A value of one of the engagement metrics a–j for one financial quarter, as entered by the user. Immutable;
/// equality is by value.
/// </summary>
public sealed record EngagementMetricValue
{
    /// <summary>The metric: its letter (<c>a</c> to <c>j</c>) or its measure id (<c>engagement-a</c>).</summary>
    public required string Metric { get; init; }

    /// <summary>The financial quarter the value covers, e.g. <c>Q4 2024/25</c>.</summary>
    public required FinancialQuarter Quarter { get; init; }

    /// <summary>The figure, in the measure's unit.</summary>
    public decimal? Value { get; init; }

    /// <summary>A breakdown or note: required, instead of a figure, for metric g (the demographic breakdown).</summary>
    public string? Text { get; init; }
}
