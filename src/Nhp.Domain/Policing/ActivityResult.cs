using System.Text.Json.Serialization;
using Nhp.Metrics;
using NodaTime;

namespace Nhp.Policing;

/// <summary>
/// A count of activity over a stated period, as a paper gives it, e.g. 294 stops and searches since 5 October 2020,
/// correct at 22 June 2021. Results of the same activity (and qualifier) at different dates form a series of the metrics
/// model (<see cref="PolicingModel.ActivitySeries"/>), which compares and charts them. Immutable.
/// </summary>
public sealed record ActivityResult
{
    /// <summary>The activity counted, e.g. <c>Stop and searches</c> or <c>Criminal Behaviour Orders</c>.</summary>
    public required string Activity { get; init; }

    /// <summary>A qualifier that splits an activity into stages, e.g. <c>granted</c>, <c>in court</c>, <c>pre-written</c>; null when none.</summary>
    public string? Qualifier { get; init; }

    /// <summary>The count (zero or more).</summary>
    public required int Count { get; init; }

    /// <summary>The start of the period counted, or null when the paper does not say.</summary>
    public LocalDate? Since { get; init; }

    /// <summary>The date the count is correct at (the paper's date when it says no other).</summary>
    public required LocalDate AsOf { get; init; }

    /// <summary>The words the count was taken from, kept verbatim, or null.</summary>
    public string? AsPrinted { get; init; }

    /// <summary>The activity with its qualifier, e.g. <c>Criminal Behaviour Orders (granted)</c>.</summary>
    [JsonIgnore]
    public string Label => Qualifier is null ? Activity : $"{Activity} ({Qualifier})";

    /// <summary>The count as a figure of the metrics model: <see cref="Count"/> from <see cref="Since"/> to <see cref="AsOf"/>, with the printed words.</summary>
    [JsonIgnore]
    public DatedCount Figure => new() { Value = Count, Since = Since, AsOf = AsOf, AsPrinted = AsPrinted };

    /// <summary>
    /// The average count per month over the period, rounded to one decimal place (<see cref="DatedCount.PerMonth"/>:
    /// the days counted, start and end included, over an average month of 30.44 days), or null without a start date or
    /// when the period ends before it starts.
    /// </summary>
    [JsonIgnore]
    public decimal? PerMonth => Figure.PerMonth;
}
