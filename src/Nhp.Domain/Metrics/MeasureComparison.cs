using System.Diagnostics.CodeAnalysis;
using Nhp.Findings;
using Nhp.Periods;

namespace Nhp.Metrics;

/// <summary>
/// A comparison a paper makes for a measure, as data: what kind of base (<see cref="Kind"/>) and, where the kind takes
/// one, the quarter or period it names. Written and read as text (<see cref="ToString"/>, <see cref="Parse"/>):
/// <c>previous-quarter</c>, <c>year-on-year</c>, <c>average</c> or <c>average Q4 2022/23 to Q2 2023/24</c>,
/// <c>benchmark</c> (also <c>national</c>), <c>since Q1 2023/24</c>, <c>peak</c> or <c>peak Q2 2022/23</c>,
/// <c>average-change-per-quarter</c> or <c>average-change-per-quarter since Q3 2022/23</c>, <c>year-to-date</c>. Immutable;
/// equality by value.
/// </summary>
/// <param name="Kind">The kind of base.</param>
public sealed record MeasureComparison(ChangeKind Kind)
{
    private static readonly string[] Forms =
    [
        "previous-quarter", "year-on-year", "average", "average Q4 2022/23 to Q2 2023/24", "average since Q4 2022/23", "benchmark", "national",
        "since Q1 2023/24", "peak", "peak Q2 2022/23", "average-change-per-quarter", "average-change-per-quarter since Q3 2022/23", "year-to-date",
    ];

    /// <summary>The comparison with the previous quarter: the default for a trend arrow.</summary>
    public static MeasureComparison PreviousQuarter { get; } = new(ChangeKind.PeriodOnPeriod);

    /// <summary>The comparison with the same quarter a year earlier.</summary>
    public static MeasureComparison YearOnYear { get; } = new(ChangeKind.YearOnYear);

    /// <summary>The year to date against the same quarters of the previous financial year.</summary>
    public static MeasureComparison YearToDate { get; } = new(ChangeKind.YearToDate);

    /// <summary>The comparison with the average of every earlier quarter.</summary>
    public static MeasureComparison Average { get; } = new(ChangeKind.AgainstAverage);

    /// <summary>The comparison with the measure's benchmark (a national figure).</summary>
    public static MeasureComparison Benchmark { get; } = new(ChangeKind.AgainstBenchmark);

    /// <summary>The forms <see cref="Parse"/> accepts, as examples.</summary>
    public static IReadOnlyList<string> AcceptedForms => Forms;

    /// <summary>
    /// The stated quarter: the base of <see cref="ChangeKind.SinceQuarter"/> and <see cref="ChangeKind.SincePeak"/>,
    /// the first quarter of <see cref="ChangeKind.AgainstAverage"/> and <see cref="ChangeKind.AverageChangePerQuarter"/>;
    /// null when not stated.
    /// </summary>
    public FinancialQuarter? From { get; init; }

    /// <summary>The last quarter of the averaged period of <see cref="ChangeKind.AgainstAverage"/>; null for "up to the quarter before".</summary>
    public FinancialQuarter? To { get; init; }

    /// <summary>The comparison since a stated quarter.</summary>
    /// <param name="quarter">The earlier quarter.</param>
    /// <returns>The comparison.</returns>
    public static MeasureComparison Since(FinancialQuarter quarter) => new(ChangeKind.SinceQuarter) { From = quarter };

    /// <summary>
    /// What the comparison is against, as a phrase after "against the": <c>previous quarter</c>, <c>same quarter a
    /// year earlier</c>, <c>average of Q4 2022/23 to Q2 2023/24</c>, <c>national figure</c> or <c>benchmark</c>,
    /// <c>figure of Q1 2023/24</c>, <c>peak of Q2 2022/23</c>, <c>average change per quarter since Q3 2022/23</c>,
    /// <c>year to date a year earlier</c>.
    /// </summary>
    public string Name => Kind switch
    {
        ChangeKind.PeriodOnPeriod => "previous quarter",
        ChangeKind.YearOnYear => "same quarter a year earlier",
        ChangeKind.AgainstAverage => From is { } from
            ? $"average of {from} to {(To is { } to ? to.ToString() : "the quarter before")}"
            : "average of the earlier quarters",
        ChangeKind.AgainstBenchmark => "benchmark",
        ChangeKind.SinceQuarter => $"figure of {From}",
        ChangeKind.SincePeak => From is { } peak ? $"peak of {peak}" : "highest earlier figure",
        ChangeKind.YearToDate => "year to date a year earlier",
        _ => From is { } start ? $"average change per quarter since {start}" : "average change per quarter",
    };

    /// <summary>Parses the text form (see the type's summary); case-sensitive kind names, quarters in any form <see cref="FinancialQuarter.Parse"/> reads.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="NhpInputException">The text is not a comparison; the message lists the accepted forms.</exception>
    public static MeasureComparison Parse(string text) =>
        TryParse(text, out var comparison)
            ? comparison
            : throw new NhpInputException($"'{text}' is not a comparison.", new SourceLocation(null, null), null, Forms);

    /// <summary>Tries to parse the text form.</summary>
    /// <param name="text">The text, may be null.</param>
    /// <param name="comparison">The comparison when parsing succeeded.</param>
    /// <returns>True when the text was a comparison.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out MeasureComparison? comparison)
    {
        comparison = null;
        var trimmed = text?.Trim() ?? string.Empty;
        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        var head = space < 0 ? trimmed : trimmed[..space];
        var rest = space < 0 ? string.Empty : trimmed[(space + 1)..].Trim();
        switch (head)
        {
            case "previous-quarter" when rest.Length == 0:
                comparison = PreviousQuarter;
                return true;
            case "year-on-year" when rest.Length == 0:
                comparison = YearOnYear;
                return true;
            case "year-to-date" when rest.Length == 0:
                comparison = YearToDate;
                return true;
            case "benchmark" or "national" when rest.Length == 0:
                comparison = Benchmark;
                return true;
            case "average" when rest.Length == 0:
                comparison = Average;
                return true;
            case "average" when rest.StartsWith("since ", StringComparison.Ordinal) && FinancialQuarter.TryParse(rest[6..], out var averageStart):
                comparison = new MeasureComparison(ChangeKind.AgainstAverage) { From = averageStart };
                return true;
            case "average":
                var to = rest.IndexOf(" to ", StringComparison.Ordinal);
                if (to > 0 && FinancialQuarter.TryParse(rest[..to], out var first) && FinancialQuarter.TryParse(rest[(to + 4)..], out var last) && first <= last)
                {
                    comparison = new MeasureComparison(ChangeKind.AgainstAverage) { From = first, To = last };
                    return true;
                }

                return false;
            case "since" when FinancialQuarter.TryParse(rest, out var since):
                comparison = Since(since);
                return true;
            case "peak" when rest.Length == 0:
                comparison = new MeasureComparison(ChangeKind.SincePeak);
                return true;
            case "peak" when FinancialQuarter.TryParse(rest, out var peak):
                comparison = new MeasureComparison(ChangeKind.SincePeak) { From = peak };
                return true;
            case "average-change-per-quarter" when rest.Length == 0:
                comparison = new MeasureComparison(ChangeKind.AverageChangePerQuarter);
                return true;
            case "average-change-per-quarter" when rest.StartsWith("since ", StringComparison.Ordinal) && FinancialQuarter.TryParse(rest[6..], out var start):
                comparison = new MeasureComparison(ChangeKind.AverageChangePerQuarter) { From = start };
                return true;
            default:
                return false;
        }
    }

    /// <summary>The text form, accepted by <see cref="Parse"/>: <c>since Q1 2023/24</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        ChangeKind.PeriodOnPeriod => "previous-quarter",
        ChangeKind.YearOnYear => "year-on-year",
        ChangeKind.AgainstAverage => From is { } from ? (To is { } last ? $"average {from} to {last}" : $"average since {from}") : "average",
        ChangeKind.AgainstBenchmark => "benchmark",
        ChangeKind.SinceQuarter => $"since {From}",
        ChangeKind.SincePeak => From is { } peak ? $"peak {peak}" : "peak",
        ChangeKind.YearToDate => "year-to-date",
        _ => From is { } start ? $"average-change-per-quarter since {start}" : "average-change-per-quarter",
    };
}
